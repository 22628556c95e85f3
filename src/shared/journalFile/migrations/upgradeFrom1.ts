import { isRealCalendarDate, toCalendarDate } from '../../domain/calendarDate';
import { currencyDigits, isKnownCurrency, minorUnitsToAmount } from '../../domain/money';
import { isRecord } from '../isRecord';

/**
 * Journal format 1 → 2, for files and for the database (version 4) alike:
 * - amounts were whole minor units of their currency as the platform's `Intl` counted its
 *   decimals (`amountMinor: 1250` USD); they become the decimal the user meant (`amount: "12.5"`),
 *   read with this platform's count, which is how format 1 defined them;
 * - a status change kept only the moment it was clicked (`at`); it now has the day it happened
 *   (`on`) and that moment (`recordedAt`). The day is the case's own date for it where it has one
 *   (Submitted on, Confirmed on, for the latest such change), else the local day of the click.
 * The input is untrusted: anything not in the expected shape is passed on unchanged for the
 * schema to refuse with its path.
 */
export function caseFromFormat1(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const next: Record<string, unknown> = { ...raw };
  if (isRecord(raw.balance)) {
    const { amountMinor, refundedMinor, ...balance } = raw.balance;
    next.balance = {
      ...balance,
      amount: amountFromMinor(amountMinor, balance.currency),
      refunded: amountFromMinor(refundedMinor, balance.currency),
    };
  }
  if (Array.isArray(raw.orders)) {
    next.orders = raw.orders.map((order: unknown) => {
      if (!isRecord(order)) return order;
      const { amountMinor, ...rest } = order;
      return { ...rest, amount: amountFromMinor(amountMinor, rest.currency) };
    });
  }
  if (Array.isArray(raw.statusHistory)) {
    const eventDays: Record<string, unknown> = {
      submitted: isRecord(raw.submission) ? raw.submission.submittedOn : null,
      confirmed: isRecord(raw.confirmation) ? raw.confirmation.confirmedOn : null,
    };
    const latest = new Map<string, number>();
    raw.statusHistory.forEach((change: unknown, index) => {
      if (isRecord(change) && typeof change.status === 'string') latest.set(change.status, index);
    });
    next.statusHistory = raw.statusHistory.map((change: unknown, index) => {
      if (!isRecord(change) || !('at' in change)) return change;
      const { at, ...rest } = change;
      const own = typeof rest.status === 'string' && latest.get(rest.status) === index ? eventDays[rest.status] : null;
      const on = typeof own === 'string' && isRealCalendarDate(own) ? own : dayOf(at);
      return { ...rest, on, recordedAt: at };
    });
  }
  return next;
}

function amountFromMinor(minor: unknown, currency: unknown): unknown {
  if (minor === null || minor === undefined) return null;
  if (typeof minor !== 'number' || !Number.isSafeInteger(minor) || minor < 0) return minor;
  if (typeof currency !== 'string' || !isKnownCurrency(currency)) return minor;
  return minorUnitsToAmount(minor, currencyDigits(currency));
}

function dayOf(at: unknown): unknown {
  if (typeof at !== 'string') return at;
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : toCalendarDate(new Date(time));
}

/** The file-level step, registered in journalFileMigrations. */
export function upgradeFrom1(file: Record<string, unknown>): Record<string, unknown> {
  return Array.isArray(file.cases) ? { ...file, cases: file.cases.map(caseFromFormat1) } : file;
}
