import { addDays } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './calendarDate';

/**
 * Whether a day is a public holiday where the case is handled. The holiday data is large and loaded
 * on demand (renderer `holidays/`), so the clock takes the answer as a function; until it has
 * loaded, `noPublicHolidays` stands in and only weekends are skipped.
 */
export type IsPublicHoliday = ((day: CalendarDate) => boolean) & {
  /**
   * The holidays falling on a weekday after `from` up to and including `to`, counted from the
   * year's list instead of asking day by day: a list row under review counts its clock on every
   * draw, and a review submitted long ago spans hundreds of days.
   */
  weekdayHolidaysAfter: (from: CalendarDate, to: CalendarDate) => number;
};
export const noPublicHolidays: IsPublicHoliday = Object.assign(() => false, { weekdayHolidaysAfter: () => 0 });

const dayMs = 86_400_000;
/** Days since 1970-01-01 (a Thursday), without making a Date. */
function dayNumber(day: CalendarDate): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / dayMs;
}
/** Monday to Friday, for a day number (0 = Sunday … 6 = Saturday after the shift). */
export function isWeekdayNumber(n: number): boolean {
  const weekday = (((n + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}
/** How many of the days after day number `a` up to and including `b` are Monday to Friday. */
function weekdaysAfter(a: number, b: number): number {
  const span = b - a;
  let count = Math.floor(span / 7) * 5;
  for (let n = a + Math.floor(span / 7) * 7 + 1; n <= b; n += 1) if (isWeekdayNumber(n)) count += 1;
  return count;
}
export { dayNumber as calendarDayNumber };

/** Saturday and Sunday are off everywhere the app is used so far; the rest is the country's holidays. */
export function isBusinessDay(day: CalendarDate, isHoliday: IsPublicHoliday): boolean {
  const weekday = fromCalendarDate(day).getDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(day);
}

/** The day `count` business days after `from` (`from` itself does not count, as a provider counts). */
export function addBusinessDaysSkippingHolidays(from: CalendarDate, count: number, isHoliday: IsPublicHoliday): CalendarDate {
  let day = fromCalendarDate(from);
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isBusinessDay(toCalendarDate(day), isHoliday)) left -= 1;
  }
  return toCalendarDate(day);
}

/** How many business days lie after `from`, up to and including `to` (0 when `to` is not later). */
export function businessDaysAfter(from: CalendarDate, to: CalendarDate, isHoliday: IsPublicHoliday): number {
  const [a, b] = [dayNumber(from), dayNumber(to)];
  return b <= a ? 0 : weekdaysAfter(a, b) - isHoliday.weekdayHolidaysAfter(from, to);
}

/**
 * Where a review stands today: not begun (submitted today, or only days off since), day `day` of
 * `of`, or overdue by `by` business days (the day after the expected decision is overdue by 1).
 */
export type ReviewClock = { kind: 'starts' ; of: number } | { kind: 'day'; day: number; of: number } | { kind: 'overdue'; by: number };

export function reviewClock(
  submittedOn: CalendarDate | null,
  reviewBusinessDays: number | null,
  today: CalendarDate,
  isHoliday: IsPublicHoliday,
): ReviewClock | null {
  if (submittedOn === null || reviewBusinessDays === null) return null;
  const elapsed = businessDaysAfter(submittedOn, today, isHoliday);
  if (elapsed > reviewBusinessDays) return { kind: 'overdue', by: elapsed - reviewBusinessDays };
  if (elapsed === 0) return { kind: 'starts', of: reviewBusinessDays };
  return { kind: 'day', day: elapsed, of: reviewBusinessDays };
}
