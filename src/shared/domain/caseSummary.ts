import type { CalendarDate } from './calendarDate';
import type { CaseStatus, JournalCase } from './caseSchema';
import { caseProgress, decisionDueDate, isAwaitingDecision, nextAction, type CaseProgress, type NextAction } from './caseProgress';
import { submissionWarnings } from './submissionWarnings';

/** What still stands between the case and a clean closure, as the summary strip lists it. */
export type OpenMatter =
  | { kind: 'balanceNotSettled' }
  | { kind: 'devicesStillBound'; count: number }
  | { kind: 'ordersOpen'; count: number };

/** A date the strip shows; `date` is null when it is shown but not known (yet). */
export interface SummaryDate {
  date: CalendarDate | null;
}

/** The top of a case page: where it stands, in one glance. */
export interface CaseSummary {
  status: CaseStatus;
  /** Always shown: "not yet" on a case that was never sent. */
  submitted: SummaryDate;
  /** Shown only while a decision is awaited (submitted, under review); null hides it. */
  decisionDue: SummaryDate | null;
  /** Shown once the case is confirmed or a confirmation date is recorded; null hides it. */
  confirmed: SummaryDate | null;
  progress: CaseProgress;
  next: NextAction;
  /** The checklist item `next` names, when it names one. */
  nextItemId: string | null;
  open: OpenMatter[];
}

export function caseSummary(
  journalCase: Pick<JournalCase, 'status' | 'checklist' | 'submission' | 'confirmation' | 'balance' | 'devices' | 'orders'>,
): CaseSummary {
  const { status } = journalCase;
  const next = nextAction(journalCase);
  const confirmedOn = journalCase.confirmation.confirmedOn;
  return {
    status,
    submitted: { date: journalCase.submission.submittedOn },
    decisionDue: isAwaitingDecision(status) ? { date: decisionDueDate(journalCase) } : null,
    confirmed: status === 'confirmed' || confirmedOn !== null ? { date: confirmedOn } : null,
    progress: caseProgress(journalCase.checklist),
    next,
    nextItemId: next.kind === 'checklist' ? (journalCase.checklist.find((item) => item.state === 'todo')?.id ?? null) : null,
    open: submissionWarnings(journalCase).filter((warning): warning is OpenMatter => warning.kind !== 'prerequisiteOpen'),
  };
}
