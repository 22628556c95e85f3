import ical, { ICalAlarmType } from 'ical-generator';
import type { CalendarDate } from '../domain/calendarDate';
import { minutesOfDay, type TimeOfDay } from '../domain/reminderTime';
import type { CalendarDeadline, CalendarDeadlineKind } from './caseCalendarDeadlines';

/**
 * The words of a calendar, in the interface's language. Plain strings (not functions) so they can
 * be handed to a worker; `{{case}}` and `{{provider}}` are filled in per event.
 */
export interface CalendarWords {
  calendarName: string;
  /** The event's title per deadline, naming the case: "Cancel Netflix by today". */
  title: Record<CalendarDeadlineKind, string>;
  /** What to do that day, for the event's description. */
  todo: Record<CalendarDeadlineKind, string>;
  /** The description's line naming the provider: "Provider: {{provider}}". */
  provider: string;
}

/**
 * When each event's alarms ring: as the app's own reminders do ("Remind me days before a deadline"
 * and "Remind me at" in Settings), one alarm per lead day, at that time in the calendar's own zone.
 */
export interface CalendarAlarms {
  daysBefore: readonly number[];
  at: TimeOfDay;
}

export interface CalendarOptions {
  /** When the file is made (each event's DTSTAMP). */
  now: Date;
  alarms: CalendarAlarms;
}

function fill(template: string, values: Record<string, string>): string {
  let text = template;
  // split/join rather than a regular expression: a case named "$&" stays "$&".
  for (const [name, value] of Object.entries(values)) text = text.split(`{{${name}}}`).join(value);
  return text;
}

/**
 * A calendar date `later` days on, as the instant its all-day event is written from: the library
 * writes an all-day date from the instant's UTC day, so the machine's own time zone never shifts it.
 */
function utcMidnight(day: CalendarDate, later = 0): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + later));
}

/**
 * An iCalendar file (RFC 5545) with one all-day event per deadline. All-day events carry no time
 * zone: the 31st is the 31st wherever the calendar is opened. Each has one display alarm per lead
 * day, ringing that many days before at the chosen time in the calendar's own time zone (an offset
 * from the day's start, which for an all-day event is local midnight).
 */
export function deadlineCalendar(deadlines: readonly CalendarDeadline[], words: CalendarWords, options: CalendarOptions): string {
  const calendar = ical({
    name: words.calendarName,
    prodId: { company: 'Cancellation Journal', product: 'Cancellation Journal', language: 'EN' },
  });
  const atSeconds = minutesOfDay(options.alarms.at) * 60;
  const leads = [...new Set(options.alarms.daysBefore)].sort((a, b) => b - a);
  for (const deadline of deadlines) {
    const values = { case: deadline.caseTitle, provider: deadline.provider };
    const summary = fill(words.title[deadline.kind], values);
    const lines = [deadline.provider.trim() === '' ? null : fill(words.provider, values), fill(words.todo[deadline.kind], values)];
    calendar.createEvent({
      id: deadline.uid,
      allDay: true,
      start: utcMidnight(deadline.on),
      // DTEND is the day after (exclusive): some calendars show an event without one as lasting no time.
      end: utcMidnight(deadline.on, 1),
      stamp: options.now,
      summary,
      description: lines.filter((line) => line !== null).join('\n'),
      alarms: leads.map((days) => ({ type: ICalAlarmType.display, trigger: days * 86_400 - atSeconds, description: summary })),
    });
  }
  return calendar.toString();
}
