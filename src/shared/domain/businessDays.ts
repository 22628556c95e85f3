import { addDays, differenceInCalendarDays } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './calendarDate';

/**
 * Whether a day is a public holiday where the case is handled. The holiday data is large and loaded
 * on demand (renderer `holidays/`), so the clock takes the answer as a function; until it has
 * loaded, `noPublicHolidays` stands in and only weekends are skipped.
 */
export type IsPublicHoliday = (day: CalendarDate) => boolean;
export const noPublicHolidays: IsPublicHoliday = () => false;

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
  const span = differenceInCalendarDays(fromCalendarDate(to), fromCalendarDate(from));
  let count = 0;
  let day = fromCalendarDate(from);
  for (let step = 0; step < span; step += 1) {
    day = addDays(day, 1);
    if (isBusinessDay(toCalendarDate(day), isHoliday)) count += 1;
  }
  return count;
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
