import { describe, expect, it } from 'vitest';
import type { CaseMoney } from './caseMoney';
import { addToTally, chargesSaved, emptyTally, fromMillionths, overviewFigures, roundTwelfths, toMillionths, wholeMonthsBetween } from './overviewFigures';
import { currencyDigits } from './money';

let next = 0;
function money(change: Partial<CaseMoney>): CaseMoney {
  next += 1;
  return {
    id: `case-${next}`,
    status: 'draft',
    inTrash: 0,
    currency: 'USD',
    outcome: 'none',
    amount: null,
    refunded: null,
    fee: null,
    period: 'monthly',
    confirmedOn: null,
    ...change,
  };
}

function figures(records: CaseMoney[], today = '2026-11-26') {
  const tally = emptyTally(today);
  for (const record of records) addToTally(tally, record);
  return overviewFigures(tally, currencyDigits);
}

describe('exact decimals', () => {
  it('reads and writes amounts as whole millionths, never through floating point', () => {
    expect(toMillionths('0.1')).toBe(100_000n);
    expect(toMillionths('999999999999999.999999')).toBe(999_999_999_999_999_999_999n);
    expect(fromMillionths(toMillionths('0.1') + toMillionths('0.2'))).toBe('0.3');
    expect(fromMillionths(0n)).toBe('0');
    expect(fromMillionths(12_500_000n)).toBe('12.5');
  });

  it('rounds a monthly equivalent half up to the currency’s decimals, once', () => {
    // 10 USD a week is 43.333… a month.
    expect(roundTwelfths(toMillionths('10') * 52n, 2)).toBe('43.33');
    // 5 USD a week: 21.666… → 21.67.
    expect(roundTwelfths(toMillionths('5') * 52n, 2)).toBe('21.67');
    expect(roundTwelfths(toMillionths('100000') * 1n, 0)).toBe('8333');
    expect(roundTwelfths(toMillionths('0.125') * 12n, 2)).toBe('0.13');
  });

  it('sums many small amounts exactly (no 0.30000000000000004)', () => {
    const records = Array.from({ length: 1000 }, () => money({ outcome: 'refunded', amount: '0.1', refunded: '0.1' }));
    expect(figures(records).money).toMatchObject([{ currency: 'USD', refunded: '100' }]);
  });
});

describe('what became of the balances, per currency', () => {
  it('tells refunded, forfeited and still pending apart, each in its own currency, with no conversion', () => {
    const { money: perCurrency } = figures([
      money({ currency: 'IDR', outcome: 'refunded', amount: '25000', refunded: null }),
      money({ currency: 'IDR', outcome: 'refunded', amount: '25000', refunded: '20000' }),
      money({ currency: 'IDR', outcome: 'forfeited', amount: '15000' }),
      money({ currency: 'IDR', outcome: 'refund_requested', amount: '50000', refunded: '10000' }),
      money({ currency: 'EUR', outcome: 'refund_requested', amount: '12.5' }),
      money({ currency: 'EUR', outcome: 'forfeited', amount: '0.99' }),
      money({ currency: 'EUR', outcome: 'spent', amount: '1000' }),
      money({ currency: 'CNY', outcome: 'transferred', amount: '30' }),
    ]);
    expect(perCurrency).toEqual([
      { currency: 'EUR', refunded: '0', forfeited: '0.99', pending: '12.5', monthlySaving: '0', savedSoFar: '0', feesCounted: 0 },
      { currency: 'IDR', refunded: '45000', forfeited: '15000', pending: '40000', monthlySaving: '0', savedSoFar: '0', feesCounted: 0 },
    ]);
  });

  it('leaves cases in the Trash out of everything', () => {
    const result = figures([
      money({ inTrash: 1, status: 'confirmed', outcome: 'forfeited', amount: '5', fee: '9.99', confirmedOn: '2026-01-01' }),
      money({ status: 'submitted' }),
    ]);
    expect(result.total).toBe(1);
    expect(result.byStatus).toMatchObject({ submitted: 1, confirmed: 0 });
    expect(result.money).toEqual([]);
    expect(result.months).toEqual([]);
  });

  it('counts cases by status', () => {
    const result = figures([money({ status: 'draft' }), money({ status: 'draft' }), money({ status: 'under_review' })]);
    expect(result.byStatus).toEqual({ draft: 2, preparing: 0, submitted: 0, under_review: 1, confirmed: 0, rejected: 0, withdrawn: 0 });
    expect(result.total).toBe(3);
  });
});

describe('the fee no longer paid', () => {
  it('turns weekly, monthly, quarterly and yearly fees into one monthly figure per currency', () => {
    const confirmed = { status: 'confirmed' as const, confirmedOn: '2026-11-01' };
    const { money: perCurrency } = figures([
      money({ ...confirmed, fee: '3', period: 'weekly' }), // 13 a month
      money({ ...confirmed, fee: '9.99', period: 'monthly' }),
      money({ ...confirmed, fee: '30', period: 'quarterly' }), // 10
      money({ ...confirmed, fee: '120', period: 'yearly' }), // 10
      money({ ...confirmed, currency: 'IDR', fee: '15000', period: 'monthly' }),
    ]);
    expect(perCurrency.map(({ currency, monthlySaving, feesCounted }) => ({ currency, monthlySaving, feesCounted }))).toEqual([
      { currency: 'IDR', monthlySaving: '15000', feesCounted: 1 },
      { currency: 'USD', monthlySaving: '42.99', feesCounted: 4 },
    ]);
  });

  it('counts the charges saved since confirmation, a month’s last day renewing on a shorter month’s last day', () => {
    expect(chargesSaved('2026-01-31', '2026-02-27', 'monthly')).toBe(0);
    expect(chargesSaved('2026-01-31', '2026-02-28', 'monthly')).toBe(1);
    expect(chargesSaved('2026-01-31', '2026-03-30', 'monthly')).toBe(1);
    expect(chargesSaved('2026-01-31', '2026-03-31', 'monthly')).toBe(2);
    expect(chargesSaved('2024-02-29', '2025-02-28', 'yearly')).toBe(1);
    expect(chargesSaved('2026-11-30', '2027-02-28', 'quarterly')).toBe(1);
    expect(chargesSaved('2026-11-01', '2026-11-14', 'weekly')).toBe(1);
    expect(chargesSaved('2026-12-26', '2027-01-09', 'weekly')).toBe(2);
    expect(chargesSaved('2026-11-26', '2026-11-26', 'monthly')).toBe(0);
    expect(chargesSaved('2026-12-01', '2026-11-26', 'weekly')).toBe(0);
    expect(wholeMonthsBetween('2026-12-01', '2026-11-26')).toBe(0);
  });

  it('adds up what was saved so far, exactly, and says how many confirmed cases have no fee', () => {
    const result = figures(
      [
        money({ status: 'confirmed', confirmedOn: '2026-01-31', fee: '9.99', period: 'monthly' }), // Feb 28, Mar 31: 2
        money({ status: 'confirmed', confirmedOn: '2025-03-01', fee: '100', period: 'yearly' }), // 1
        money({ status: 'confirmed', confirmedOn: '2026-02-01' }),
      ],
      '2026-03-31',
    );
    expect(result.money).toMatchObject([{ currency: 'USD', savedSoFar: '119.98', monthlySaving: '18.32', feesCounted: 2 }]);
    expect(result.confirmedWithoutFee).toBe(1);
  });

  it('charts cancellations closed per month and the cumulative monthly saving, across a year end, up to this month', () => {
    const result = figures(
      [
        money({ status: 'confirmed', confirmedOn: '2025-11-30', fee: '10', period: 'monthly' }),
        money({ status: 'confirmed', confirmedOn: '2026-01-02', fee: '120', period: 'yearly' }),
        money({ status: 'confirmed', confirmedOn: '2026-01-15', currency: 'IDR', fee: '15000', period: 'monthly' }),
      ],
      '2026-02-10',
    );
    expect(result.months).toEqual([
      { month: '2025-11', closed: 1, cumulativeSaving: { IDR: '0', USD: '10' } },
      { month: '2025-12', closed: 0, cumulativeSaving: { IDR: '0', USD: '10' } },
      { month: '2026-01', closed: 2, cumulativeSaving: { IDR: '15000', USD: '20' } },
      { month: '2026-02', closed: 0, cumulativeSaving: { IDR: '15000', USD: '20' } },
    ]);
  });

  it('shows only the last months asked for, the saving still counting every earlier cancellation', () => {
    const tally = emptyTally('2026-11-26');
    addToTally(tally, money({ status: 'confirmed', confirmedOn: '2020-01-15', fee: '5', period: 'monthly' }));
    const { months } = overviewFigures(tally, currencyDigits, 3);
    expect(months.map((point) => point.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(months[0]!.cumulativeSaving).toEqual({ USD: '5' });
  });
});
