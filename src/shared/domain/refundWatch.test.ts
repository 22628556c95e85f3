import { describe, expect, it } from 'vitest';
import { noDeadlines } from './caseSchema';
import { withBalanceOutcome } from './refundWatch';

const balance = { amount: '15000', currency: 'IDR', outcome: 'none' as const, refunded: null };

describe('asking for a refund', () => {
  it('sets the refund due 14 days later, across a year end', () => {
    const next = withBalanceOutcome({ balance, deadlines: noDeadlines }, 'refund_requested', '2026-12-20');
    expect(next.balance.outcome).toBe('refund_requested');
    expect(next.deadlines.refundDueOn).toBe('2027-01-03');
  });

  it('keeps a due date the user set already', () => {
    const next = withBalanceOutcome({ balance, deadlines: { ...noDeadlines, refundDueOn: '2027-02-01' } }, 'refund_requested', '2026-12-20');
    expect(next.deadlines.refundDueOn).toBe('2027-02-01');
  });

  it('sets nothing for other outcomes, and keeps the date when the refund arrives (the history keeps what was due)', () => {
    expect(withBalanceOutcome({ balance, deadlines: noDeadlines }, 'forfeited', '2026-12-20').deadlines.refundDueOn).toBeNull();
    const requested = withBalanceOutcome({ balance, deadlines: noDeadlines }, 'refund_requested', '2026-12-20');
    expect(withBalanceOutcome(requested, 'refunded', '2026-12-28').deadlines.refundDueOn).toBe('2027-01-03');
  });

  it('does not move the date when the outcome is chosen again', () => {
    const requested = withBalanceOutcome({ balance, deadlines: noDeadlines }, 'refund_requested', '2026-12-20');
    expect(withBalanceOutcome(requested, 'refund_requested', '2026-12-25').deadlines.refundDueOn).toBe('2027-01-03');
  });
});
