import type { CalendarDate } from './calendarDate';
import type { BalanceOutcome, BillingPeriod, CaseStatus, JournalCase } from './caseSchema';
import type { DecimalAmount } from './money';

/**
 * What the Overview needs of one case, and nothing else (a few dozen bytes where a case is several
 * kilobytes): written in the same transaction as the case and its list entry, so the Overview of
 * 100,000 cases reads these small records and never a case.
 */
export interface CaseMoney {
  id: string;
  status: CaseStatus;
  /** 1 while in the Trash (the Overview leaves those out). */
  inTrash: 0 | 1;
  currency: string;
  outcome: BalanceOutcome;
  amount: DecimalAmount | null;
  refunded: DecimalAmount | null;
  fee: DecimalAmount | null;
  period: BillingPeriod;
  /** The day the cancellation was confirmed, while the case is confirmed; else null. */
  confirmedOn: CalendarDate | null;
}

/**
 * A confirmed case's day of confirmation: the one the confirmation section records, else the day
 * its status became confirmed (every confirmed case has that one in its history).
 */
function confirmationDay(journalCase: JournalCase): CalendarDate | null {
  if (journalCase.status !== 'confirmed') return null;
  return journalCase.confirmation.confirmedOn ?? journalCase.statusHistory.at(-1)?.on ?? null;
}

export function caseMoneyOf(journalCase: JournalCase): CaseMoney {
  const { balance, recurringFee } = journalCase;
  return {
    id: journalCase.id,
    status: journalCase.status,
    inTrash: journalCase.deletedAt === null ? 0 : 1,
    currency: balance.currency,
    outcome: balance.outcome,
    amount: balance.amount,
    refunded: balance.refunded,
    fee: recurringFee.amount,
    period: recurringFee.period,
    confirmedOn: confirmationDay(journalCase),
  };
}
