import { addDays } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './calendarDate';
import type { JournalCase } from './caseSchema';
import type { BalanceOutcome } from './caseVocabulary';

/** How long a requested refund is given before the journal calls it overdue, unless the user says otherwise. */
export const defaultRefundDueDays = 14;

/**
 * The balance's outcome changed. Asking for a refund starts the refund watch: a due date
 * `defaultRefundDueDays` after `today`, unless one is set already (the user's own date wins). The
 * date is part of the same change, so it is written — and recorded in the timeline — with it.
 */
export function withBalanceOutcome<C extends Pick<JournalCase, 'balance' | 'deadlines'>>(journalCase: C, outcome: BalanceOutcome, today: CalendarDate): C {
  const requested = outcome === 'refund_requested' && journalCase.balance.outcome !== 'refund_requested';
  const refundDueOn = requested && journalCase.deadlines.refundDueOn === null ? toCalendarDate(addDays(fromCalendarDate(today), defaultRefundDueDays)) : journalCase.deadlines.refundDueOn;
  return { ...journalCase, balance: { ...journalCase.balance, outcome }, deadlines: { ...journalCase.deadlines, refundDueOn } };
}
