import { useEffect, useState } from 'react';
import { noPublicHolidays, type IsPublicHoliday } from '@shared/domain/businessDays';
import { loadPublicHolidays, publicHolidaysIfLoaded } from '@shared/domain/publicHolidays';

/**
 * The public holidays of `country` for a clock drawn on screen. The holiday library loads on first
 * use (never with the first screen); until then only weekends are skipped, and the component draws
 * again once the holidays are in.
 */
export function usePublicHolidays(country: string | null): IsPublicHoliday {
  const [, setLoaded] = useState<IsPublicHoliday | null>(null);
  const known = country === null ? noPublicHolidays : publicHolidaysIfLoaded(country);
  useEffect(() => {
    if (country === null || known !== undefined) return;
    let current = true;
    void loadPublicHolidays(country).then((isHoliday) => {
      if (current) setLoaded(() => isHoliday);
    });
    return () => {
      current = false;
    };
  }, [country, known]);
  return known ?? noPublicHolidays;
}

/**
 * Whether the public holidays of every case's country have loaded: a report is drawn (and printed)
 * only then, so its expected decisions count the same business days as the case page.
 */
export function usePublicHolidaysOf(cases: readonly { country: string | null }[] | undefined): boolean {
  const countries = cases === undefined ? undefined : [...new Set(cases.flatMap((c) => (c.country === null ? [] : [c.country])))].sort().join(',');
  const [readyFor, setReadyFor] = useState<string | null>(null);
  useEffect(() => {
    if (countries === undefined) return;
    let current = true;
    void Promise.all(countries === '' ? [] : countries.split(',').map(loadPublicHolidays)).then(() => {
      if (current) setReadyFor(countries);
    });
    return () => {
      current = false;
    };
  }, [countries]);
  return countries !== undefined && readyFor === countries;
}

/** Today's calendar day, as the clocks count from it (read at render: a clock drawn tomorrow says tomorrow's). */
export { today } from '@shared/domain/calendarDate';
