import { today, type CalendarDate } from './calendarDate';
import type { CaseStatus, JournalCase } from './caseSchema';

/**
 * The day a move to `status` most likely happened, offered before the user says otherwise: the
 * date the case already gives for it (Submitted on, Confirmed on), else today.
 */
export function likelyStatusDate(journalCase: Pick<JournalCase, 'submission' | 'confirmation'>, status: CaseStatus, now: Date): CalendarDate {
  if (status === 'submitted') return journalCase.submission.submittedOn ?? today(now);
  if (status === 'confirmed') return journalCase.confirmation.confirmedOn ?? today(now);
  return today(now);
}

/**
 * Moves a case to `status`, which happened `on` that day and is recorded `now`. Submitting or
 * confirming also sets the matching date of the case, since the user has just said when it was.
 */
export function changeStatus(journalCase: JournalCase, status: CaseStatus, on: CalendarDate, now: Date): JournalCase {
  if (journalCase.status === status) return journalCase;
  const next: JournalCase = {
    ...journalCase,
    status,
    statusHistory: [...journalCase.statusHistory, { status, on, recordedAt: now.toISOString() }],
  };
  if (status === 'submitted') next.submission = { ...next.submission, submittedOn: on };
  if (status === 'confirmed') next.confirmation = { ...next.confirmation, confirmedOn: on };
  return next;
}

/** Corrects the day a recorded status change happened; when it was recorded stays as it was. */
export function redateStatusChange(journalCase: JournalCase, index: number, on: CalendarDate): JournalCase {
  const change = journalCase.statusHistory[index];
  if (!change || change.on === on) return journalCase;
  return {
    ...journalCase,
    statusHistory: journalCase.statusHistory.map((entry, i) => (i === index ? { ...entry, on } : entry)),
  };
}

/**
 * The history in the order things happened (by event day; same-day changes in the order recorded).
 * The first entry is the state the case was opened in and stays first: a case logged on the 26th
 * about a request sent on the 2nd was still a draft before it was sent.
 */
export function statusHistoryByDate(journalCase: Pick<JournalCase, 'statusHistory'>) {
  const [opened, ...changes] = journalCase.statusHistory.map((change, index) => ({ ...change, index }));
  if (!opened) return [];
  return [opened, ...changes.sort((a, b) => (a.on === b.on ? a.index - b.index : a.on < b.on ? -1 : 1))];
}

/**
 * The case was confirmed `on` that day (an e-mail says so): a case not yet confirmed moves to
 * confirmed that day; one already confirmed gets that day as its "Confirmed on", and its latest
 * change to confirmed is dated to it, so the history and the field agree.
 */
export function confirmOn(journalCase: JournalCase, on: CalendarDate, now: Date): JournalCase {
  if (journalCase.status !== 'confirmed') return changeStatus(journalCase, 'confirmed', on, now);
  const latest = journalCase.statusHistory.findLastIndex((change) => change.status === 'confirmed');
  const redated = latest < 0 ? journalCase : redateStatusChange(journalCase, latest, on);
  return { ...redated, confirmation: { ...redated.confirmation, confirmedOn: on } };
}
