import type { IpcRequest } from '@shared/ipc/contract';
import type { IpcChannel } from '@shared/ipc/channels';
import { dueReminders, shownKey as keyOf, shownStillScheduled, untilNextDue } from '@shared/reminderDelivery';
import type { DueReminders } from './inAppReminders';

const shownKey = 'cancellation-journal.shownReminders';

/** The schedule as the page sends it (its time of day may be left out: 09:00). */
type BrowserSchedule = IpcRequest<typeof IpcChannel.scheduleReminders>;

/** Time as the in-app reminders see it: injected, so tests move it by hand. */
export interface InAppClock {
  now(): Date;
  /** Calls `callback` after `ms`; returns how to cancel it. */
  after(ms: number, callback: () => void): () => void;
}

const realClock: InAppClock = {
  now: () => new Date(),
  after: (ms, callback) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/** Looked at again at least this often (a laptop that slept, a clock that moved). */
const recheckMs = 60 * 60 * 1000;

/**
 * The browser build's stand-in for the main process's notifications: reminders show inside the app
 * only (a notice), each once — what has been shown is kept in the browser's storage, so a reload
 * does not show it again — on their day at the chosen time. Nothing runs until the page listens
 * (`onDue`, from an effect): the timer starts with the first listener and stops with the last.
 */
export function browserReminders(clock: InAppClock = realClock) {
  const listeners = new Set<(due: DueReminders) => void>();
  let schedule: BrowserSchedule | null = null;
  let cancelTimer: (() => void) | null = null;
  const shown = (): Set<string> => {
    try {
      const kept: unknown = JSON.parse(localStorage.getItem(shownKey) ?? '[]');
      return new Set(Array.isArray(kept) ? kept.filter((key): key is string => typeof key === 'string') : []);
    } catch {
      return new Set();
    }
  };
  const stopTimer = () => {
    cancelTimer?.();
    cancelTimer = null;
  };
  /** Wakes when the next reminder is due, or within the hour; only while someone listens. */
  const arm = () => {
    stopTimer();
    if (listeners.size === 0) return;
    cancelTimer = clock.after(Math.max(1000, Math.min(untilNextDue(schedule, clock.now()), recheckMs)), check);
  };
  function check() {
    cancelTimer = null;
    if (!schedule || listeners.size === 0) return arm();
    const before = shown();
    const due = dueReminders(schedule, before, clock.now());
    if (due.length > 0) {
      localStorage.setItem(shownKey, JSON.stringify([...shownStillScheduled(before, schedule), ...due.map(keyOf)]));
      for (const listener of listeners) listener({ due, summary: schedule.summary });
    }
    arm();
  }
  return {
    schedule(next: BrowserSchedule): void {
      schedule = next;
      check();
    },
    /** The page shows what falls due; returns how to stop (the last to stop ends the timer). */
    onDue(listener: (due: DueReminders) => void): () => void {
      listeners.add(listener);
      check();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stopTimer();
      };
    },
    /** Whether a timer is waiting (for tests: none before the page listens, none after it stops). */
    get running(): boolean {
      return cancelTimer !== null;
    },
  };
}
