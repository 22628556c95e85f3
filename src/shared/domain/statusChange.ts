import { today } from './calendarDate';
import type { CaseStatus, JournalCase } from './caseSchema';

/**
 * Moves a case to `status`, recording when. Submitting or confirming also fills in today's date
 * where the user left it empty, because that is almost always the day it happened.
 */
export function changeStatus(journalCase: JournalCase, status: CaseStatus, now: Date): JournalCase {
  if (journalCase.status === status) return journalCase;
  const next: JournalCase = {
    ...journalCase,
    status,
    statusHistory: [...journalCase.statusHistory, { status, at: now.toISOString() }],
  };
  if (status === 'submitted' && next.submission.submittedOn === null) {
    next.submission = { ...next.submission, submittedOn: today(now) };
  }
  if (status === 'confirmed' && next.confirmation.confirmedOn === null) {
    next.confirmation = { ...next.confirmation, confirmedOn: today(now) };
  }
  return next;
}
