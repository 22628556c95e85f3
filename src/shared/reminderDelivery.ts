import { defaultReminderTime, reminderMoment } from './domain/reminderTime';
import type { ScheduledReminder } from './ipc/contract';

/**
 * When the reminders of a schedule are shown, and which have been: one rule for the desktop's
 * notifications (src/main/reminders) and the browser build's in-app notices
 * (platform/browserReminders.ts).
 */
export interface DeliverySchedule {
  reminders: readonly ScheduledReminder[];
  /** "HH:MM": the time of day a day's reminders come (09:00 when not said). */
  remindAt?: string;
}

/** What is kept of a shown reminder: the event and the day it was shown for, `id@day`. */
export const shownKey = (reminder: ScheduledReminder): string => `${reminder.id}@${reminder.showOn}`;

const idOf = (key: string) => key.slice(0, key.lastIndexOf('@'));

/** The moment a reminder comes: its day, at the schedule's time of day. */
export function dueMoment(schedule: DeliverySchedule, reminder: ScheduledReminder): number {
  return reminderMoment(reminder.showOn, schedule.remindAt ?? defaultReminderTime).getTime();
}

/**
 * The reminders due at `now` and not shown yet. An event shown for a day is shown for that day and
 * any earlier one: a schedule worked out again (the page's, right after the start's summary) that
 * names the same event on the same or an earlier day does not show it again; a snooze, which moves
 * it later, does.
 */
export function dueReminders(schedule: DeliverySchedule, shown: Iterable<string>, now: Date): ScheduledReminder[] {
  const shownFor = new Map<string, string>();
  for (const key of shown) {
    const id = idOf(key);
    const day = key.slice(id.length + 1);
    if ((shownFor.get(id) ?? '') < day) shownFor.set(id, day);
  }
  const at = now.getTime();
  return schedule.reminders.filter((reminder) => dueMoment(schedule, reminder) <= at && (shownFor.get(reminder.id) ?? '') < reminder.showOn);
}

/** What is kept of the shown under a new schedule: the events it still holds (others are gone for good). */
export function shownStillScheduled(shown: Iterable<string>, schedule: DeliverySchedule): string[] {
  const ids = new Set(schedule.reminders.map((reminder) => reminder.id));
  return [...shown].filter((key) => ids.has(idOf(key)));
}

/** Milliseconds until the next reminder of the schedule comes (Infinity when none is ahead). */
export function untilNextDue(schedule: DeliverySchedule | null, now: Date): number {
  const at = now.getTime();
  const ahead = (schedule?.reminders ?? []).map((reminder) => dueMoment(schedule!, reminder)).filter((moment) => moment > at);
  return Math.min(...ahead) - at;
}
