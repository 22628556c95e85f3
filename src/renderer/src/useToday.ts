import { useEffect, useState } from 'react';
import { addDays } from 'date-fns';
import { fromCalendarDate, today as todayOf, type CalendarDate } from '@shared/domain/calendarDate';

/** The machine's clock; views take another in tests. */
export const systemClock = (): Date => new Date();

/** Today, turning over at midnight while the app stays open. */
export function useToday(clock: () => Date = systemClock): CalendarDate {
  const [day, setDay] = useState(() => todayOf(clock()));
  useEffect(() => {
    const now = clock();
    const midnight = addDays(fromCalendarDate(todayOf(now)), 1).getTime() - now.getTime();
    const timer = setTimeout(() => setDay(todayOf(clock())), Math.max(1000, midnight + 1000));
    return () => clearTimeout(timer);
  }, [clock, day]);
  return day;
}
