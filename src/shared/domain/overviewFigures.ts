import type { CalendarDate } from './calendarDate';
import type { CaseMoney } from './caseMoney';
import { caseStatuses, type BillingPeriod, type CaseStatus } from './caseVocabulary';
import { MAX_FRACTION_DIGITS, type DecimalAmount } from './money';
import { daysUntil } from './deadlines';

/**
 * The Overview's figures, folded one money record at a time (so they can be read in chunks) and
 * exact: amounts are summed as whole millionths (every stored amount has at most six decimals) in
 * BigInt, never in binary floating point. Only the monthly equivalent of a weekly, quarterly or
 * yearly fee is a fraction; it is kept as twelfths of a millionth and rounded once, at the end.
 */

const SCALE = 10n ** BigInt(MAX_FRACTION_DIGITS);

/** `"12.5"` → 12_500_000n (millionths). The text passed DecimalAmountSchema. */
export function toMillionths(amount: DecimalAmount): bigint {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole!) * SCALE + BigInt(fraction.padEnd(MAX_FRACTION_DIGITS, '0'));
}

/** Millionths back to the canonical decimal (`12_500_000n` → `"12.5"`). Never negative here. */
export function fromMillionths(value: bigint): DecimalAmount {
  const whole = value / SCALE;
  const fraction = (value % SCALE).toString().padStart(MAX_FRACTION_DIGITS, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/** Twelve times a fee's monthly equivalent: a year has 52 weeks, 4 quarters, 12 months. */
const twelveMonthsOf: Record<BillingPeriod, bigint> = { weekly: 52n, monthly: 12n, quarterly: 4n, yearly: 1n };

/** `twelfths` of a millionth, rounded half up to `digits` decimals (the currency's own). */
export function roundTwelfths(twelfths: bigint, digits: number): DecimalAmount {
  const step = 12n * 10n ** BigInt(Math.max(0, MAX_FRACTION_DIGITS - digits));
  const rounded = ((twelfths + step / 2n) / step) * (step / 12n);
  return fromMillionths(rounded);
}

/** The monthly equivalent of one fee, exactly, in twelfths of a millionth. */
export function monthlyTwelfths(fee: DecimalAmount, period: BillingPeriod): bigint {
  return toMillionths(fee) * twelveMonthsOf[period];
}

function parts(day: CalendarDate): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whole months from `from` to `to`, a month's last day counting as the same day of a shorter month
 * (31 January + 1 month is 28 February, as a monthly plan renews): 0 when `to` is not later.
 */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (d2 < Math.min(d1, daysInMonth(y2, m2))) months -= 1;
  return Math.max(0, months);
}

/**
 * How many times the fee would have been charged since the day the cancellation was confirmed, up
 * to and including `today`: one for each billing period that has begun since (a monthly plan
 * confirmed closed on 31 January has saved its February charge on 28 February).
 */
export function chargesSaved(confirmedOn: CalendarDate, today: CalendarDate, period: BillingPeriod): number {
  switch (period) {
    case 'weekly':
      return Math.max(0, Math.floor(daysUntil(today, confirmedOn) / 7));
    case 'monthly':
      return wholeMonthsBetween(confirmedOn, today);
    case 'quarterly':
      return Math.floor(wholeMonthsBetween(confirmedOn, today) / 3);
    case 'yearly':
      return Math.floor(wholeMonthsBetween(confirmedOn, today) / 12);
  }
}

/** One currency's sums, in millionths (monthly saving in twelfths of a millionth). */
interface CurrencySums {
  refunded: bigint;
  forfeited: bigint;
  pending: bigint;
  monthlySaving: bigint;
  savedSoFar: bigint;
  /** Confirmed cases whose fee is known, counted in the saving. */
  feesCounted: number;
  /** Monthly saving (twelfths) added in each month of confirmation, `YYYY-MM`. */
  savingByMonth: Map<string, bigint>;
}

export interface OverviewTally {
  today: CalendarDate;
  byStatus: Record<CaseStatus, number>;
  /** Cases in the journal (not in the Trash). */
  total: number;
  /** Confirmed cancellations by month of confirmation, `YYYY-MM`. */
  closedByMonth: Map<string, number>;
  currencies: Map<string, CurrencySums>;
  /** Confirmed cases with no fee recorded: the saving leaves them out, and the Overview says how many. */
  confirmedWithoutFee: number;
}

export function emptyTally(today: CalendarDate): OverviewTally {
  const byStatus = Object.fromEntries(caseStatuses.map((status) => [status, 0])) as Record<CaseStatus, number>;
  return { today, byStatus, total: 0, closedByMonth: new Map(), currencies: new Map(), confirmedWithoutFee: 0 };
}

function sumsOf(tally: OverviewTally, currency: string): CurrencySums {
  let sums = tally.currencies.get(currency);
  if (!sums) {
    sums = { refunded: 0n, forfeited: 0n, pending: 0n, monthlySaving: 0n, savedSoFar: 0n, feesCounted: 0, savingByMonth: new Map() };
    tally.currencies.set(currency, sums);
  }
  return sums;
}

const orZero = (amount: DecimalAmount | null) => (amount === null ? 0n : toMillionths(amount));

/**
 * Adds one case. What became of a balance: refunded counts what was paid back (the balance when no
 * refunded amount is recorded); forfeited the balance; still pending the part of a requested
 * refund not yet paid back. A case in the Trash counts for nothing.
 */
export function addToTally(tally: OverviewTally, money: CaseMoney): void {
  if (money.inTrash === 1) return;
  tally.total += 1;
  tally.byStatus[money.status] += 1;
  const balance = orZero(money.amount);
  const paidBack = orZero(money.refunded);
  if (money.outcome === 'refunded') sumsOf(tally, money.currency).refunded += money.refunded === null ? balance : paidBack;
  if (money.outcome === 'forfeited' && balance > 0n) sumsOf(tally, money.currency).forfeited += balance;
  if (money.outcome === 'refund_requested' && balance > paidBack) sumsOf(tally, money.currency).pending += balance - paidBack;
  if (money.confirmedOn === null) return;
  const month = money.confirmedOn.slice(0, 7);
  tally.closedByMonth.set(month, (tally.closedByMonth.get(month) ?? 0) + 1);
  if (money.fee === null || money.fee === '0') {
    tally.confirmedWithoutFee += 1;
    return;
  }
  const sums = sumsOf(tally, money.currency);
  const monthly = monthlyTwelfths(money.fee, money.period);
  sums.monthlySaving += monthly;
  sums.savedSoFar += toMillionths(money.fee) * BigInt(chargesSaved(money.confirmedOn, tally.today, money.period));
  sums.feesCounted += 1;
  sums.savingByMonth.set(month, (sums.savingByMonth.get(month) ?? 0n) + monthly);
}

export interface CurrencyFigures {
  currency: string;
  refunded: DecimalAmount;
  forfeited: DecimalAmount;
  pending: DecimalAmount;
  /** The fees no longer paid, as a monthly equivalent, rounded to the currency's decimals. */
  monthlySaving: DecimalAmount;
  /** Every charge that would have been made since each confirmation, exact. */
  savedSoFar: DecimalAmount;
  feesCounted: number;
}

export interface MonthPoint {
  /** `YYYY-MM`. */
  month: string;
  closed: number;
  /** Per currency: the monthly saving of every cancellation confirmed up to this month's end. */
  cumulativeSaving: Record<string, DecimalAmount>;
}

export interface OverviewFigures {
  byStatus: Record<CaseStatus, number>;
  total: number;
  money: CurrencyFigures[];
  months: MonthPoint[];
  confirmedWithoutFee: number;
}

function monthAfter(month: string): string {
  const year = Number(month.slice(0, 4));
  const next = Number(month.slice(5, 7)) + 1;
  return next > 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 5)}${String(next).padStart(2, '0')}`;
}

/**
 * The figures as the Overview shows them. `digitsOf` gives a currency's usual decimals (from the
 * platform's Intl); `monthsShown` the chart's last months (the cumulative saving still counts every
 * earlier cancellation). Currencies in code order, so the page does not reorder between visits.
 */
export function overviewFigures(tally: OverviewTally, digitsOf: (currency: string) => number, monthsShown = 24): OverviewFigures {
  const currencies = [...tally.currencies.keys()].sort();
  const money = currencies.map((currency): CurrencyFigures => {
    const sums = tally.currencies.get(currency)!;
    return {
      currency,
      refunded: fromMillionths(sums.refunded),
      forfeited: fromMillionths(sums.forfeited),
      pending: fromMillionths(sums.pending),
      monthlySaving: roundTwelfths(sums.monthlySaving, digitsOf(currency)),
      savedSoFar: fromMillionths(sums.savedSoFar),
      feesCounted: sums.feesCounted,
    };
  });
  const closedMonths = [...tally.closedByMonth.keys()].sort();
  const months: MonthPoint[] = [];
  if (closedMonths.length > 0) {
    const last = tally.today.slice(0, 7) > closedMonths.at(-1)! ? tally.today.slice(0, 7) : closedMonths.at(-1)!;
    const running = new Map<string, bigint>(currencies.map((currency) => [currency, 0n]));
    for (let month = closedMonths[0]!; month <= last; month = monthAfter(month)) {
      for (const currency of currencies) {
        running.set(currency, running.get(currency)! + (tally.currencies.get(currency)!.savingByMonth.get(month) ?? 0n));
      }
      months.push({
        month,
        closed: tally.closedByMonth.get(month) ?? 0,
        cumulativeSaving: Object.fromEntries(currencies.map((currency) => [currency, roundTwelfths(running.get(currency)!, digitsOf(currency))])),
      });
    }
  }
  return { byStatus: tally.byStatus, total: tally.total, money, months: months.slice(-monthsShown), confirmedWithoutFee: tally.confirmedWithoutFee };
}
