import { calendarDayNumber, isWeekdayNumber, noPublicHolidays, type IsPublicHoliday } from './businessDays';
import type { CalendarDate } from './calendarDate';

/** What the holiday library says of one holiday (the fields of date-holidays' HolidaysTypes.Holiday used here). */
interface LibraryHoliday {
  date: string;
  type: string;
  rule: string;
  note?: string;
}

/**
 * Whether a holiday closes offices for everyone all day, as a provider's business days count them:
 * a public holiday (not a bank holiday, an observance or an optional day) that starts at midnight
 * (China's 3 May afternoon off for youths starts at 12:00) and is not for one group only. The
 * library writes who a recurring holiday is for in its note (China's Children's Day: "Children
 * below the age of 14"); notes of a single year's rule say which weekend days are worked instead,
 * and those holidays count.
 */
export function closesOffices(holiday: LibraryHoliday): boolean {
  if (holiday.type !== 'public' || holiday.date.slice(11, 19) !== '00:00:00') return false;
  const onlyForSome = holiday.note !== undefined && !/^\d{4}-/.test(holiday.rule);
  return !onlyForSome;
}

/** The public holidays of `country`, year by year as asked (a year's list is computed once). */
export function publicHolidaysFrom(holidaysOfYear: (year: number) => readonly LibraryHoliday[]): IsPublicHoliday {
  const years = new Map<number, ReadonlySet<CalendarDate>>();
  const daysOf = (year: number) => {
    let days = years.get(year);
    if (days === undefined) {
      days = new Set(holidaysOfYear(year).filter(closesOffices).map((holiday) => holiday.date.slice(0, 10)));
      years.set(year, days);
    }
    return days;
  };
  const isHoliday = (day: CalendarDate) => daysOf(Number(day.slice(0, 4))).has(day);
  return Object.assign(isHoliday, {
    weekdayHolidaysAfter: (from: CalendarDate, to: CalendarDate) => {
      let count = 0;
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
        for (const day of daysOf(year)) if (day > from && day <= to && isWeekdayNumber(calendarDayNumber(day))) count += 1;
      }
      return count;
    },
  });
}

const loaded = new Map<string, IsPublicHoliday>();
const loading = new Map<string, Promise<IsPublicHoliday>>();

/**
 * The public holidays of a country (ISO 3166-1 alpha-2), from date-holidays. The library and its
 * data (every country, some 200 KB compressed) load on first use, never with the first screen; a
 * country it does not know has only weekends off.
 */
export function loadPublicHolidays(country: string): Promise<IsPublicHoliday> {
  const known = loaded.get(country);
  if (known) return Promise.resolve(known);
  let pending = loading.get(country);
  if (!pending) {
    pending = import('date-holidays').then(({ default: Holidays }) => {
      const library = new Holidays();
      const known = Object.hasOwn(library.getCountries(), country);
      if (known) library.init(country);
      const isHoliday = known ? publicHolidaysFrom((year) => library.getHolidays(year)) : noPublicHolidays;
      loaded.set(country, isHoliday);
      return isHoliday;
    });
    loading.set(country, pending);
  }
  return pending;
}

/** The holidays of `country` when they have loaded already, else undefined. */
export function publicHolidaysIfLoaded(country: string): IsPublicHoliday | undefined {
  return loaded.get(country);
}
