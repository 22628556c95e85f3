import { loadPublicHolidays } from '@shared/domain/publicHolidays';
import type { JournalDatabase } from '../../../db/journalDatabase';

/** One piece of idle work at a time; the browser calls back when it has nothing better to do. */
export type Idle = (work: () => void) => void;

/**
 * Prepares the public holidays of every country the journal's cases are in, in idle time, one
 * piece at a time: the holiday library loads (one long task of its own), then each country's
 * years around today are computed. A row under review counts its clock with them on every draw;
 * computed while scrolling, the first year of a country was a long task there.
 * The countries are the keys of `caseRows`' country index: no row is read.
 */
export async function prepareHolidaysInIdleTime(db: JournalDatabase, idle: Idle, thisYear = new Date().getFullYear()): Promise<string[]> {
  const countries = (await db.caseRows.orderBy('country').uniqueKeys()) as string[];
  const inIdle = <T>(work: () => Promise<T> | T) => new Promise<T>((resolve, reject) => idle(() => Promise.resolve().then(work).then(resolve, reject)));
  for (const country of countries) {
    const isHoliday = await inIdle(() => loadPublicHolidays(country));
    // Reviews started last year still count through its holidays; next year's come with a late decision.
    for (const year of [thisYear - 1, thisYear, thisYear + 1]) await inIdle(() => isHoliday(`${year}-01-01`));
  }
  return countries;
}
