import type { IsPublicHoliday } from '../domain/businessDays';
import type { CalendarDate } from '../domain/calendarDate';
import { caseDeadlines } from '../domain/caseDeadlines';
import { caseExpectedDecisionDate, isAwaitingDecision } from '../domain/caseProgress';
import { noPublicHolidays } from '../domain/businessDays';
import type { JournalCase } from '../domain/caseSchema';

/** What falls due on a calendar day, as a calendar event names it. */
export const calendarDeadlineKinds = ['cancelBy', 'trialEnds', 'expectedDecision', 'followUp', 'refundDue', 'lastDayToDispute'] as const;
export type CalendarDeadlineKind = (typeof calendarDeadlineKinds)[number];

/** One deadline of one case: an all-day event in the user's calendar. */
export interface CalendarDeadline {
  /** Stable per case and deadline, so importing the file again updates the event instead of adding another. */
  uid: string;
  kind: CalendarDeadlineKind;
  on: CalendarDate;
  caseTitle: string;
  provider: string;
}

/** What of a case its calendar needs: no attachments, notes or history. */
export type CalendarCase = Pick<JournalCase, 'id' | 'title' | 'provider' | 'status' | 'deadlines' | 'balance' | 'submission'>;

/** The UID's domain part: RFC 5545 asks for a globally unique id, and the app's name makes ours so. */
const uidDomain = 'cancellationjournal.app';

export function calendarUid(caseId: string, kind: CalendarDeadlineKind): string {
  return `${caseId}-${kind}@${uidDomain}`;
}

/**
 * The dates of a case that still matter, one per kind: the same ones the case page shows (a
 * cancel-by only until the request is sent, a refund due only while it is requested), plus the
 * expected decision while a decision is awaited and the trial's end when it is not the cancel-by.
 */
export function caseCalendarDeadlines(journalCase: CalendarCase, isHoliday: IsPublicHoliday = noPublicHolidays): CalendarDeadline[] {
  const dates = caseDeadlines(journalCase);
  const found: [CalendarDeadlineKind, CalendarDate | null][] = [
    ['cancelBy', dates.cancelBy?.on ?? null],
    // A trial ending on the cancel-by day is that event already; a later one is its own.
    ['trialEnds', dates.trialEndsOn],
    ['expectedDecision', isAwaitingDecision(journalCase.status) ? caseExpectedDecisionDate(journalCase, isHoliday) : null],
    ['followUp', dates.followUpOn],
    ['refundDue', dates.refundDueOn],
    ['lastDayToDispute', dates.lastDayToDispute],
  ];
  return found
    .filter((entry): entry is [CalendarDeadlineKind, CalendarDate] => entry[1] !== null)
    .map(([kind, on]) => ({ uid: calendarUid(journalCase.id, kind), kind, on, caseTitle: journalCase.title, provider: journalCase.provider.name }));
}

