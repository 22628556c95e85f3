import type { CalendarDate } from './calendarDate';
import type { JournalCase } from './caseSchema';
import { cancelBy, lastDayToDispute, type CancelBy } from './deadlines';

/** The dates a case page shows, each only while it still matters. */
export interface CaseDeadlines {
  /** Until the request is sent: after that, the cancellation is in the provider's hands. */
  cancelBy: CancelBy | null;
  /**
   * The end of a free trial as a date of its own: only while the request is not sent, and only
   * when it comes after the cancel-by date. A trial ending on or before that day is the cancel-by
   * date itself (or the same day), so reminders and calendars name that day once, as cancel-by.
   */
  trialEndsOn: CalendarDate | null;
  /** While the case is open. */
  followUpOn: CalendarDate | null;
  /** While a refund is requested and not received. */
  refundDueOn: CalendarDate | null;
  lastDayToDispute: CalendarDate | null;
}

const open = new Set(['draft', 'preparing', 'submitted', 'under_review']);

export function caseDeadlines(journalCase: Pick<JournalCase, 'status' | 'deadlines' | 'balance'>): CaseDeadlines {
  const d = journalCase.deadlines;
  const notSubmitted = journalCase.status === 'draft' || journalCase.status === 'preparing';
  const cancel = notSubmitted ? cancelBy(d) : null;
  return {
    cancelBy: cancel,
    trialEndsOn: cancel !== null && d.trialEndsOn !== null && d.trialEndsOn > cancel.on ? d.trialEndsOn : null,
    followUpOn: open.has(journalCase.status) ? d.followUpOn : null,
    refundDueOn: journalCase.balance.outcome === 'refund_requested' ? d.refundDueOn : null,
    lastDayToDispute: lastDayToDispute(d.disputedChargeOn, d.disputeWindowDays),
  };
}
