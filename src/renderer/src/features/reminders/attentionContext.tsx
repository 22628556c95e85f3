import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { CalendarDate } from '@shared/domain/calendarDate';
import type { AttentionItem } from '@shared/domain/reminders';
import type { AttentionAnswer, UpcomingReminder } from '../../db/needsAttention';
import { needsAttentionInBackground } from '../../db/needsAttentionInBackground';
import { systemClock, useToday } from '../../useToday';
import { useJournal } from '../../journalContext';

/** How many items the view draws at a time (and the page is sent). */
export const attentionPageSize = 100;
/** The attention work starts after the list's order has loaded, or after this long at the latest. */
const latestStartMs = 10_000;

export interface Attention {
  /** How many dates need attention today; undefined while it is being worked out. */
  count: number | undefined;
  /** The most urgent of them, as many as shown so far; undefined while being worked out. */
  items: AttentionItem[] | undefined;
  /** Asks for the next page of items ("Show more"). */
  showMore: () => void;
  /** The cases among them all (the list's badge and filter). */
  caseIds: ReadonlySet<string>;
  /** Reminders from today to the horizon, for the system's notifications. */
  upcoming: UpcomingReminder[] | undefined;
  today: CalendarDate;
}

const AttentionContext = createContext<Attention | null>(null);
const noCases: ReadonlySet<string> = new Set();

/**
 * True once the list's order has loaded (the first screen and the list come first: the attention
 * worker reads the same database), in the browser's idle time after it.
 */
function useStartAfterTheList(): boolean {
  const { list } = useJournal();
  const listLoaded = useSyncExternalStore(list.order.subscribe, () => list.order.loaded);
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (started) return;
    const start = () => setStarted(true);
    const latest = setTimeout(start, latestStartMs);
    if (!listLoaded) return () => clearTimeout(latest);
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 1500 }) : setTimeout(start, 0);
    return () => {
      clearTimeout(latest);
      if (typeof requestIdleCallback === 'function') cancelIdleCallback(idle as number);
      else clearTimeout(idle as ReturnType<typeof setTimeout>);
    };
  }, [listLoaded, started]);
  return started;
}

/**
 * One answer for the whole window to "what needs attention", worked out off the page (see
 * needsAttentionInBackground) after every write through any path — an edit, an import, another
 * window. The page keeps only the count, the case ids and the items it shows.
 */
export function AttentionProvider({ children, clock = systemClock }: { children: ReactNode; clock?: () => Date }) {
  const { db } = useJournal();
  const today = useToday(clock);
  const started = useStartAfterTheList();
  const [answer, setAnswer] = useState<{ today: CalendarDate; value: AttentionAnswer; caseIds: ReadonlySet<string> } | undefined>(undefined);
  const [wanted, setWanted] = useState(attentionPageSize);
  const wantedNow = useRef(wanted);
  const watch = useRef<{ want: (count: number) => void } | null>(null);
  useEffect(() => {
    if (!started) return;
    const watching = needsAttentionInBackground(db, today, wantedNow.current, {
      // The same cases keep the same set (the worker sends none): a new set would re-filter the list for nothing.
      onAnswer: (value) => setAnswer((last) => ({ today, value, caseIds: value.caseIds === null ? (last?.caseIds ?? noCases) : new Set(value.caseIds) })),
      onError: (error) => console.error('Needs attention could not be worked out', error),
    });
    watch.current = watching;
    return () => {
      watching.stop();
      watch.current = null;
    };
  }, [db, today, started]);
  useEffect(() => {
    wantedNow.current = wanted;
    watch.current?.want(wanted);
  }, [wanted]);
  const showMore = useCallback(() => setWanted((count) => count + attentionPageSize), []);
  const value = useMemo<Attention>(() => {
    // An answer worked out for yesterday is not today's.
    if (!answer || answer.today !== today) return { count: undefined, items: undefined, showMore, caseIds: answer?.caseIds ?? noCases, upcoming: undefined, today };
    return { count: answer.value.count, items: answer.value.items, showMore, caseIds: answer.caseIds, upcoming: answer.value.upcoming, today };
  }, [answer, today, showMore]);
  return <AttentionContext.Provider value={value}>{children}</AttentionContext.Provider>;
}

export function useAttention(): Attention {
  const attention = useContext(AttentionContext);
  if (!attention) throw new Error('useAttention outside AttentionProvider');
  return attention;
}
