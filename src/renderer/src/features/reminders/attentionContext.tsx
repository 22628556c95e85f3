import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { noPublicHolidays } from '@shared/domain/businessDays';
import type { CalendarDate } from '@shared/domain/calendarDate';
import { systemClock, useToday } from '../../useToday';
import { publicHolidaysIfLoaded } from '@shared/domain/publicHolidays';
import { needingAttention, upcomingReminders, type AttentionItem, type HolidaysOf, type ReminderEvent } from '@shared/domain/reminders';
import { lastFiringDay, reminderRepository } from '../../db/reminderRepository';
import { settingsRepository } from '../../db/settingsRepository';
import { usePublicHolidaysOf } from '../../holidays/usePublicHolidays';
import { useJournal } from '../../journalContext';

/** How far ahead the system's notifications are scheduled (the page sends a new schedule whenever a date changes). */
const scheduleHorizonDays = 30;

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
    return { leads, ...(await reminderRepository(db).watchedUpTo(lastFiringDay(today, leads, scheduleHorizonDays))) };
  }, [db, today, started]);
  const reviews = useMemo(() => watched?.entries.flatMap((entry) => (entry.review ? [{ country: entry.review.country }] : [])), [watched]);
  const holidaysReady = usePublicHolidaysOf(reviews);
  // The same cases keep the same set: every save writes its case's watched dates again, and a new
  // set would re-filter the list (and re-draw its rows) for nothing.
  const lastCaseIds = useRef<ReadonlySet<string>>(noCases);
  const value = useMemo<Attention>(() => {
    if (!watched || !holidaysReady) return { items: undefined, caseIds: noCases, upcoming: undefined, today };
    const holidaysOf: HolidaysOf = (country) => (country === null ? noPublicHolidays : (publicHolidaysIfLoaded(country) ?? noPublicHolidays));
    const items = needingAttention(watched.entries, watched.states, today, watched.leads, holidaysOf);
    const upcoming = upcomingReminders(watched.entries, watched.states, today, watched.leads, holidaysOf, scheduleHorizonDays);
    const caseIds = new Set(items.map((item) => item.caseId));
    const previous = lastCaseIds.current;
    const same = previous.size === caseIds.size && [...caseIds].every((id) => previous.has(id));
    if (!same) lastCaseIds.current = caseIds;
    return { items, caseIds: lastCaseIds.current, upcoming, today };
  }, [watched, holidaysReady, today]);
  return <AttentionContext.Provider value={value}>{children}</AttentionContext.Provider>;
}

export function useAttention(): Attention {
  const attention = useContext(AttentionContext);
  if (!attention) throw new Error('useAttention outside AttentionProvider');
  return attention;
}
