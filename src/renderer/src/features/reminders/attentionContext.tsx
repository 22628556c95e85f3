import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays } from 'date-fns';
import { noPublicHolidays } from '@shared/domain/businessDays';
import { fromCalendarDate, toCalendarDate, today as todayOf, type CalendarDate } from '@shared/domain/calendarDate';
import { publicHolidaysIfLoaded } from '@shared/domain/publicHolidays';
import { needingAttention, upcomingReminders, type AttentionItem, type HolidaysOf, type ReminderEvent } from '@shared/domain/reminders';
import { reminderRepository } from '../../db/reminderRepository';
import { settingsRepository } from '../../db/settingsRepository';
import { usePublicHolidaysOf } from '../../holidays/usePublicHolidays';
import { useJournal } from '../../journalContext';

/** How far ahead the system's notifications are scheduled (the page sends a new schedule whenever a date changes). */
export const scheduleHorizonDays = 30;

export interface Attention {
  /** What needs attention today, most urgent first; undefined while it is being worked out. */
  items: AttentionItem[] | undefined;
  /** The cases among them (the list's badge and filter). */
  caseIds: ReadonlySet<string>;
  /** Reminders from today to the horizon, for the system's notifications. */
  upcoming: (ReminderEvent & { showOn: CalendarDate })[] | undefined;
  today: CalendarDate;
}

const AttentionContext = createContext<Attention | null>(null);
const noCases: ReadonlySet<string> = new Set();

/** Today, turning over at midnight while the app stays open. */
function useToday(clock: () => Date): CalendarDate {
  const [day, setDay] = useState(() => todayOf(clock()));
  useEffect(() => {
    const now = clock();
    const midnight = addDays(fromCalendarDate(todayOf(now)), 1).getTime() - now.getTime();
    const timer = setTimeout(() => setDay(todayOf(clock())), Math.max(1000, midnight + 1000));
    return () => clearTimeout(timer);
  }, [clock, day]);
  return day;
}

const systemClock = () => new Date();

/** True once the browser is idle after the first paint: the first screen's reads come first. */
function useIdleStart(): boolean {
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setStarted(true), { timeout: 1500 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setStarted(true), 200);
    return () => clearTimeout(timer);
  }, []);
  return started;
}

/**
 * One answer for the whole window to "what needs attention": a live query over the watched dates
 * that can fire by the horizon (one indexed read of a small table, never the cases) and the user's
 * snoozes and dismissals, so a write through any path — an edit, an import, another window — shows.
 * Reviews are counted in their country's business days once its holidays have loaded.
 */
export function AttentionProvider({ children, clock = systemClock }: { children: ReactNode; clock?: () => Date }) {
  const { db } = useJournal();
  const today = useToday(clock);
  const started = useIdleStart();
  const watched = useLiveQuery(async () => {
    if (!started) return undefined;
    const leads = await settingsRepository(db).reminderLeadDays();
    const lastDay = toCalendarDate(addDays(fromCalendarDate(today), scheduleHorizonDays + Math.max(0, ...leads)));
    return { leads, ...(await reminderRepository(db).watchedUpTo(lastDay)) };
  }, [db, today, started]);
  const reviews = useMemo(() => watched?.entries.flatMap((entry) => (entry.review ? [{ country: entry.review.country }] : [])), [watched]);
  const holidaysReady = usePublicHolidaysOf(reviews);
  const value = useMemo<Attention>(() => {
    if (!watched || !holidaysReady) return { items: undefined, caseIds: noCases, upcoming: undefined, today };
    const holidaysOf: HolidaysOf = (country) => (country === null ? noPublicHolidays : (publicHolidaysIfLoaded(country) ?? noPublicHolidays));
    const items = needingAttention(watched.entries, watched.states, today, watched.leads, holidaysOf);
    const upcoming = upcomingReminders(watched.entries, watched.states, today, watched.leads, holidaysOf, scheduleHorizonDays);
    return { items, caseIds: new Set(items.map((item) => item.caseId)), upcoming, today };
  }, [watched, holidaysReady, today]);
  return <AttentionContext.Provider value={value}>{children}</AttentionContext.Provider>;
}

export function useAttention(): Attention {
  const attention = useContext(AttentionContext);
  if (!attention) throw new Error('useAttention outside AttentionProvider');
  return attention;
}
