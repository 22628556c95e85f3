import type { Deadlines } from './caseSchema';

/**
 * A case's dates, all unknown: what a new case starts with. Apart from the schema so that making a
 * case (which the list's first screen can reach through the repository) does not load zod.
 */
export const noDeadlines: Deadlines = {
  renewsOn: null,
  noticePeriod: null,
  trialEndsOn: null,
  followUpOn: null,
  refundDueOn: null,
  disputedChargeOn: null,
  disputeWindowDays: null,
};
