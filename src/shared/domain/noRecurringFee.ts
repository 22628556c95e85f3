import type { RecurringFee } from './caseSchema';

/** A fee not known: what a new case (and every case of an older file) starts with. Apart from the schema, like noDeadlines, so making a case does not load zod. */
export const noRecurringFee: RecurringFee = { amount: null, period: 'monthly' };
