import type { CalendarAlarms } from '@shared/calendar/deadlineCalendar';
import { settingsRepository } from '../../db/settingsRepository';
import type { JournalDatabase } from '../../db/journalDatabase';

/**
 * A calendar's alarms ring as the app's own reminders come: on each lead day set in Settings
 * ("Remind me days before a deadline"), at the time set there ("Remind me at").
 */
export async function calendarAlarms(db: JournalDatabase): Promise<CalendarAlarms> {
  const settings = settingsRepository(db);
  const [daysBefore, at] = await Promise.all([settings.reminderLeadDays(), settings.reminderTime()]);
  return { daysBefore, at };
}
