import { describe, expect, it } from 'vitest';
import { caseDeadlines } from './caseDeadlines';
import { noDeadlines, type JournalCase } from './caseSchema';

const withDates = (status: JournalCase['status'], outcome: JournalCase['balance']['outcome'] = 'none') => ({
  status,
  balance: { amount: null, currency: 'IDR', outcome, refunded: null },
  deadlines: { ...noDeadlines, renewsOn: '2026-12-01', trialEndsOn: null, followUpOn: '2026-11-30', refundDueOn: '2026-12-10', disputedChargeOn: '2026-11-01' },
});

describe('the dates a case page shows', () => {
  it('shows cancel-by only until the request is sent', () => {
    expect(caseDeadlines(withDates('draft')).cancelBy).toEqual({ on: '2026-11-30', reason: 'notice' });
    expect(caseDeadlines(withDates('preparing')).cancelBy?.on).toBe('2026-11-30');
    expect(caseDeadlines(withDates('submitted')).cancelBy).toBeNull();
  });

  it('shows the follow-up while the case is open, the refund due while a refund is requested, the last day to dispute always', () => {
    expect(caseDeadlines(withDates('under_review')).followUpOn).toBe('2026-11-30');
    expect(caseDeadlines(withDates('confirmed')).followUpOn).toBeNull();
    expect(caseDeadlines(withDates('confirmed', 'refund_requested')).refundDueOn).toBe('2026-12-10');
    expect(caseDeadlines(withDates('confirmed', 'refunded')).refundDueOn).toBeNull();
    expect(caseDeadlines(withDates('confirmed')).lastDayToDispute).toBe('2027-03-01');
  });
});
