import type { JournalCase } from './caseSchema';
import { isAwaitingDecision } from './caseProgress';
import { isPositiveAmount } from './money';

export type SubmissionWarning =
  | { kind: 'balanceNotSettled' }
  | { kind: 'devicesStillBound'; count: number }
  | { kind: 'ordersOpen'; count: number }
  | { kind: 'prerequisiteOpen'; title: string };

/** Prerequisite items the data sections below already speak for. */
const coveredByData = new Set(['balance', 'devices', 'orders']);

/**
 * Why submitting now may go wrong. These warn, they never block: the user may know better
 * (a provider may close the account with credit on it, on purpose).
 */
export function submissionWarnings(
  journalCase: Pick<JournalCase, 'balance' | 'devices' | 'orders' | 'checklist'>,
): SubmissionWarning[] {
  const warnings: SubmissionWarning[] = [];
  const { balance } = journalCase;
  const balanceItem = journalCase.checklist.find((item) => item.key === 'balance');
  const creditLeft = isPositiveAmount(balance.amount);
  if (creditLeft ? balance.outcome === 'none' : balanceItem?.state === 'todo' && balance.amount === null) {
    warnings.push({ kind: 'balanceNotSettled' });
  }
  const bound = journalCase.devices.filter((device) => !device.unbound).length;
  if (bound > 0) warnings.push({ kind: 'devicesStillBound', count: bound });
  const open = journalCase.orders.filter((order) => order.status === 'open' || order.status === 'disputed').length;
  if (open > 0) warnings.push({ kind: 'ordersOpen', count: open });
  for (const item of journalCase.checklist) {
    if (item.section === 'prerequisite' && item.state === 'todo' && !coveredByData.has(item.key)) {
      warnings.push({ kind: 'prerequisiteOpen', title: item.title });
    }
  }
  return warnings;
}

/**
 * The warnings a case shows: "submitted with prerequisites still open" concerns a request that is
 * with the provider; once it is decided (confirmed, rejected) or withdrawn, or before it is sent,
 * it has nothing to warn about.
 */
export function openCaseWarnings(
  journalCase: Pick<JournalCase, 'status' | 'balance' | 'devices' | 'orders' | 'checklist'>,
): SubmissionWarning[] {
  return isAwaitingDecision(journalCase.status) ? submissionWarnings(journalCase) : [];
}
