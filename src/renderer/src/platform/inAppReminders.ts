import type { ReminderSchedule, ScheduledReminder } from '@shared/ipc/contract';

/** Reminders that fell due, for the page to show inside itself; `summary` when several come at once. */
export interface DueReminders {
  due: ScheduledReminder[];
  summary: ReminderSchedule['summary'];
}

/** Where the page hears of reminders to show itself (the browser build); null where the system shows them. */
export type InAppReminders = { onDue(listener: (due: DueReminders) => void): () => void } | null;
