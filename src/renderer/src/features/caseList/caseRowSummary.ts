import type { JournalCase } from '@shared/domain/caseSchema';
import type { CalendarDate } from '@shared/domain/calendarDate';
import { caseProgress, decisionDueDate, isAwaitingDecision, nextAction, type CaseProgress, type NextAction } from '@shared/domain/caseProgress';
import { proofOf, type ProofLevel } from '@shared/evidence/proofStatus';

/**
 * What a row of the case list shows of a case. The list keeps these, not whole cases: a case is
 * several kilobytes with its checklist and notes, its row a few dozen bytes, and scrolling through
 * 100,000 cases must not fill the memory the garbage collector has to walk.
 */
export interface CaseRowSummary {
  title: string;
  status: JournalCase['status'];
  providerName: string;
  progress: CaseProgress;
  next: NextAction;
  decisionOn: CalendarDate | null;
  proof: ProofLevel;
  /** While a decision is awaited: when the request went in and how long the review should take, for the review clock. */
  review: { submittedOn: CalendarDate; days: number } | null;
  /** Whose public holidays the review clock skips. */
  country: string | null;
}

export function caseRowSummary(journalCase: JournalCase): CaseRowSummary {
  return {
    title: journalCase.title,
    status: journalCase.status,
    providerName: journalCase.provider.name,
    progress: caseProgress(journalCase.checklist),
    next: nextAction(journalCase),
    decisionOn: decisionDueDate(journalCase),
    proof: proofOf(journalCase).level,
    review: reviewOf(journalCase),
    country: journalCase.country,
  };
}

function reviewOf(journalCase: JournalCase): CaseRowSummary['review'] {
  const { submittedOn, reviewBusinessDays } = journalCase.submission;
  if (!isAwaitingDecision(journalCase.status) || submittedOn === null || reviewBusinessDays === null) return null;
  return { submittedOn, days: reviewBusinessDays };
}
