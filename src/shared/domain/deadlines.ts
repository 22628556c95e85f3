import { addDays, endOfMonth, isLastDayOfMonth, subDays, subMonths } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './calendarDate';

export const noticeUnits = ['days', 'months'] as const;
export type NoticeUnit = (typeof noticeUnits)[number];

/** How long before the renewal the provider must be told: "30 days", "1 month". */
export interface NoticePeriod {
  count: number;
  unit: NoticeUnit;
}

/** The usual card chargeback window counted from the disputed charge (guidance, not legal advice). */
export const defaultDisputeWindowDays = 120;

/**
 * The day `count` months before `day`. Month ends are kept: the renewal on 28 February 2027 (the
 * last day of its month) is one month after 31 January, as 31 January + 1 month is 28 February;
 * a day the earlier month lacks falls to that month's last day (31 March − 1 month = 28 February).
 */
export function monthsBefore(day: CalendarDate, count: number): CalendarDate {
  const date = fromCalendarDate(day);
  const earlier = subMonths(date, count);
  return toCalendarDate(isLastDayOfMonth(date) ? endOfMonth(earlier) : earlier);
}

/** The last day notice can be given for the renewal on `renewsOn`. */
export function noticeDeadline(renewsOn: CalendarDate, notice: NoticePeriod | null): CalendarDate {
  // With no notice period the request must still be in before the renewal day itself.
  if (notice === null) return toCalendarDate(subDays(fromCalendarDate(renewsOn), 1));
  return notice.unit === 'months' ? monthsBefore(renewsOn, notice.count) : toCalendarDate(subDays(fromCalendarDate(renewsOn), notice.count));
}

/** What the "cancel by" date comes from: the renewal's notice, or the end of a free trial. */
export interface CancelBy {
  on: CalendarDate;
  reason: 'notice' | 'trial';
}

/**
 * The last day to cancel before money is taken: the notice deadline for the renewal, or the trial's
 * last day (a trial ending on the 10th charges when it ends), whichever comes first.
 */
export function cancelBy(dates: { renewsOn: CalendarDate | null; noticePeriod: NoticePeriod | null; trialEndsOn: CalendarDate | null }): CancelBy | null {
  const notice = dates.renewsOn === null ? null : noticeDeadline(dates.renewsOn, dates.noticePeriod);
  const trial = dates.trialEndsOn;
  if (notice === null && trial === null) return null;
  if (trial !== null && (notice === null || trial < notice)) return { on: trial, reason: 'trial' };
  return { on: notice!, reason: 'notice' };
}

/** The last day to dispute a charge made on `chargedOn`, `windowDays` days later (the charge day is day 0). */
export function lastDayToDispute(chargedOn: CalendarDate | null, windowDays: number | null): CalendarDate | null {
  if (chargedOn === null) return null;
  return toCalendarDate(addDays(fromCalendarDate(chargedOn), windowDays ?? defaultDisputeWindowDays));
}

/** Days from `today` to `day`: negative once it has passed. */
export function daysUntil(day: CalendarDate, today: CalendarDate): number {
  return Math.round((fromCalendarDate(day).getTime() - fromCalendarDate(today).getTime()) / 86_400_000);
}
