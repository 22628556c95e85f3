import { fromCalendarDate, type CalendarDate } from './calendarDate';

/**
 * The time of day reminders come at ("Remind me at" in Settings), as `HH:MM` on a 24-hour clock in
 * the user's own time zone. A reminder of a day shows from that moment, not from local midnight, and
 * a calendar's alarms ring then.
 */
export type TimeOfDay = string;

export const defaultReminderTime: TimeOfDay = '09:00';

const timeOfDayPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeOfDay(value: unknown): value is TimeOfDay {
  return typeof value === 'string' && timeOfDayPattern.test(value);
}

/** Minutes after midnight of a time of day (the text is trusted: it passed `isTimeOfDay`). */
export function minutesOfDay(time: TimeOfDay): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The local instant a reminder of `day` comes at. */
export function reminderMoment(day: CalendarDate, time: TimeOfDay): Date {
  const moment = fromCalendarDate(day);
  // setHours, not an added count of milliseconds: a day that changes to summer time has 23 hours.
  moment.setHours(Number(time.slice(0, 2)), Number(time.slice(3, 5)), 0, 0);
  return moment;
}
