import { z } from 'zod';
import { calendarDatePattern, isRealCalendarDate } from './calendarDate';
import { schemaMessages } from './schemaMessages';

export const CalendarDateSchema = z
  .string()
  .regex(calendarDatePattern, schemaMessages.calendarDate)
  .refine(isRealCalendarDate, schemaMessages.nonexistentDate);

export const IsoTimestampSchema = z.iso.datetime({ offset: true });
