import { addDays } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from '@shared/domain/calendarDate';
import type { DeadlineEntry, ReminderEvent, ReminderState } from '@shared/domain/reminders';
import type { JournalDatabase } from './journalDatabase';

/** What reminders need from the database: the watched dates that can fire by a day, and what the user did with them. */
export interface WatchedDates {
  entries: DeadlineEntry[];
  states: Map<string, ReminderState>;
}

/**
 * Reads and remembers reminders. Nothing here reads a case: the watched dates are their own small
 * table, indexed by the day each can first fire.
 */
export function reminderRepository(db: JournalDatabase) {
  return {
    /**
     * The dates that can fire up to `lastDay` (today plus the longest lead, or a schedule's
     * horizon), with the user's snoozes and dismissals of their cases. One indexed read each.
     */
    async watchedUpTo(lastDay: CalendarDate): Promise<WatchedDates> {
      return db.transaction('r', [db.deadlineEntries, db.reminderStates], async () => {
        const entries = await db.deadlineEntries.where('on').belowOrEqual(lastDay).toArray();
        const caseIds = [...new Set(entries.map((entry) => entry.caseId))];
        const states = caseIds.length === 0 ? [] : await db.reminderStates.where('caseId').anyOf(caseIds).toArray();
        return { entries, states: new Map(states.map((state) => [state.eventId, state])) };
      });
    },

    /** Not again until `until` (a later day than today). */
    async snooze(event: Pick<ReminderEvent, 'id' | 'caseId'>, until: CalendarDate): Promise<void> {
      await db.reminderStates.put({ eventId: event.id, caseId: event.caseId, dismissed: false, snoozedUntil: until });
    },

    /** Never again, for this event: the same deadline moved elsewhere is a new event and reminds again. */
    async dismiss(event: Pick<ReminderEvent, 'id' | 'caseId'>): Promise<void> {
      await db.reminderStates.put({ eventId: event.id, caseId: event.caseId, dismissed: true, snoozedUntil: null });
    },
  };
}
/** The last day a reminder can fire by within `horizonDays` of `today`: the horizon plus the longest of `leadDays`. */
export function lastFiringDay(today: CalendarDate, leadDays: readonly number[], horizonDays = 0): CalendarDate {
  return toCalendarDate(addDays(fromCalendarDate(today), horizonDays + Math.max(0, ...leadDays)));
}
