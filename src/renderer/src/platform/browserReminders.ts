import type { ReminderSchedule } from '@shared/ipc/contract';
import { today } from '@shared/domain/calendarDate';
import type { DueReminders } from './inAppReminders';

const shownKey = 'cancellation-journal.shownReminders';

/**
 * The browser build's stand-in for the main process's notifications: reminders show inside the app
 * only (a notice), each once — what has been shown is kept in the browser's storage, so a reload
 * does not show it again — and on their day (checked when the schedule comes, and each hour).
 */
export function browserReminders(clock: () => Date = () => new Date()) {
  const listeners = new Set<(due: DueReminders) => void>();
  let schedule: ReminderSchedule | null = null;
  const shown = (): Set<string> => {
    try {
      const kept: unknown = JSON.parse(localStorage.getItem(shownKey) ?? '[]');
      return new Set(Array.isArray(kept) ? kept.filter((key): key is string => typeof key === 'string') : []);
    } catch {
      return new Set();
    }
  };
  const check = () => {
    if (!schedule || listeners.size === 0) return;
    const day = today(clock());
    const before = shown();
    const due = schedule.reminders.filter((reminder) => reminder.showOn <= day && !before.has(`${reminder.id}@${reminder.showOn}`));
    if (due.length === 0) return;
    const keys = new Set(schedule.reminders.map((reminder) => `${reminder.id}@${reminder.showOn}`));
    const kept = [...before].filter((key) => keys.has(key));
    localStorage.setItem(shownKey, JSON.stringify([...kept, ...due.map((reminder) => `${reminder.id}@${reminder.showOn}`)]));
    for (const listener of listeners) listener({ due, summary: schedule.summary });
  };
  setInterval(check, 60 * 60 * 1000);
  return {
    schedule(next: ReminderSchedule): void {
      schedule = next;
      check();
    },
    /** The page shows what falls due; returns how to stop. */
    onDue(listener: (due: DueReminders) => void): () => void {
      listeners.add(listener);
      check();
      return () => listeners.delete(listener);
    },
  };
}
