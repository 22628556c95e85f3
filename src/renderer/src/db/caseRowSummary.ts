import type { JournalCase } from '@shared/domain/caseSchema';
import type { CalendarDate } from '@shared/domain/calendarDate';
import { caseProgress, decisionDueDate, isAwaitingDecision, nextAction, type CaseProgress, type NextAction } from '@shared/domain/caseProgress';
import { proofOf, type ProofLevel } from '@shared/evidence/proofStatus';

/**
 * What a row of the case list shows of a case. The database keeps one for every case (table
 * `caseRows`, written in the same transaction as the case and its list entry), and the list reads
 * these, never whole cases: a case is several kilobytes with its checklist, notes and evidence,
 * its row a few dozen bytes, and neither scrolling through 100,000 cases nor showing a search's
 * answer may structured-clone kilobytes per row (the garbage it leaves made long tasks while
 * scrolling).
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

/** A case's row as the `caseRows` table stores it, keyed by the case's id. */
export interface StoredCaseRow extends CaseRowSummary {
  id: string;
}

export function storedCaseRowOf(journalCase: JournalCase): StoredCaseRow {
  return { id: journalCase.id, ...caseRowSummary(journalCase) };
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
