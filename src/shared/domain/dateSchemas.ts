import { z } from 'zod';
import { calendarDatePattern, isRealCalendarDate } from './calendarDate';

export const CalendarDateSchema = z
  .string()
  .regex(calendarDatePattern, 'must be a date written as YYYY-MM-DD')
  .refine(isRealCalendarDate, 'is not a date that exists');

export const IsoTimestampSchema = z.iso.datetime({ offset: true });
