import { addBusinessDaysSkippingHolidays, noPublicHolidays, type IsPublicHoliday } from './businessDays';
import type { CalendarDate } from './calendarDate';
import type { CaseStatus, ChecklistItem, JournalCase } from './caseSchema';

export interface CaseProgress {
  finished: number;
  total: number;
}

/** Done and skipped items both count as handled. */
export function caseProgress(checklist: readonly ChecklistItem[]): CaseProgress {
  return {
    finished: checklist.filter((item) => item.state !== 'todo').length,
    total: checklist.length,
  };
}

export type NextAction =
  | { kind: 'checklist'; title: string }
  | { kind: 'submit' }
  | { kind: 'awaitDecision'; expectedOn: CalendarDate | null }
  | { kind: 'closed'; status: Extract<CaseStatus, 'confirmed' | 'rejected' | 'withdrawn'> };

const closedStatuses = new Set<CaseStatus>(['confirmed', 'rejected', 'withdrawn']);

/** What the user should do next, as shown in the case list. */
export function nextAction(journalCase: Pick<JournalCase, 'status' | 'checklist' | 'submission'>): NextAction {
  const { status } = journalCase;
  if (closedStatuses.has(status)) {
    return { kind: 'closed', status: status as 'confirmed' | 'rejected' | 'withdrawn' };
  }
  const open = journalCase.checklist.find((item) => item.state === 'todo');
  if (open) return { kind: 'checklist', title: open.title };
  if (status === 'draft' || status === 'preparing') return { kind: 'submit' };
  return { kind: 'awaitDecision', expectedOn: caseExpectedDecisionDate(journalCase) };
}

/** The request is with the provider and no answer has come: a decision is awaited. */
export function isAwaitingDecision(status: CaseStatus): boolean {
  return status === 'submitted' || status === 'under_review';
}

/** "Decision due": the expected decision date while a decision is awaited, never on drafts or closed cases. */
export function decisionDueDate(journalCase: Pick<JournalCase, 'status' | 'submission'>): CalendarDate | null {
  return isAwaitingDecision(journalCase.status) ? caseExpectedDecisionDate(journalCase) : null;
}

/**
 * The day the review should end: its business days after the submission, skipping weekends and,
 * when they are given (they load on demand), the public holidays of the case's country.
 */
export function caseExpectedDecisionDate(journalCase: Pick<JournalCase, 'submission'>, isHoliday: IsPublicHoliday = noPublicHolidays): CalendarDate | null {
  const { submittedOn, reviewBusinessDays } = journalCase.submission;
  if (submittedOn === null || reviewBusinessDays === null) return null;
  return addBusinessDaysSkippingHolidays(submittedOn, reviewBusinessDays, isHoliday);
}
