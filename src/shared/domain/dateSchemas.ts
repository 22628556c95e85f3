import { z } from 'zod';
import { calendarDatePattern, isRealCalendarDate } from './calendarDate';
import { schemaMessages } from './schemaMessages';

export const CalendarDateSchema = z
  .string()
  .regex(calendarDatePattern, schemaMessages.calendarDate)
  .refine(isRealCalendarDate, schemaMessages.nonexistentDate);

const earliest = Date.parse('0001-01-01T00:00:00Z');
const latest = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * An ISO 8601 moment. Bounded so that brought to UTC it is still a year from 1 to 9999:
 * `0000-01-01T00:00:00+23:59` is a valid ISO text but lands in year −1, which no export could write
 * back in the same form.
 */
export const IsoTimestampSchema = z.iso.datetime({ offset: true }).refine((text) => {
  const time = Date.parse(text);
  return time >= earliest && time <= latest;
}, schemaMessages.timestampRange);
