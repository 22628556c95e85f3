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

/** Today's calendar day, as the clocks count from it (read at render: a clock drawn tomorrow says tomorrow's). */
export { today } from '@shared/domain/calendarDate';
