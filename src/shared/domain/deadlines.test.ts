import { describe, expect, it } from 'vitest';
import { addMonths } from 'date-fns';
import { fromCalendarDate, toCalendarDate } from './calendarDate';
import { cancelBy, daysUntil, lastDayToDispute, monthsBefore, noticeDeadline } from './deadlines';

describe('notice periods in months', () => {
  it('keeps month ends: a renewal on 28 February is one month after 31 January', () => {
    expect(toCalendarDate(addMonths(fromCalendarDate('2027-01-31'), 1))).toBe('2027-02-28');
    expect(monthsBefore('2027-02-28', 1)).toBe('2027-01-31');
    expect(monthsBefore('2028-02-29', 1)).toBe('2028-01-31');
    expect(monthsBefore('2026-04-30', 1)).toBe('2026-03-31');
  });

  it('falls to the last day of a shorter month', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2028-03-30', 1)).toBe('2028-02-29');
    expect(monthsBefore('2026-03-15', 3)).toBe('2025-12-15');
  });
});

describe('cancel by', () => {
  it('is the renewal less its notice, in days or months', () => {
    expect(noticeDeadline('2026-12-01', { count: 30, unit: 'days' })).toBe('2026-11-01');
    expect(noticeDeadline('2027-02-28', { count: 1, unit: 'months' })).toBe('2027-01-31');
    expect(cancelBy({ renewsOn: '2026-12-01', noticePeriod: { count: 2, unit: 'months' }, trialEndsOn: null })).toEqual({ on: '2026-10-01', reason: 'notice' });
  });

  it('is the day before the renewal when no notice is needed', () => {
    expect(cancelBy({ renewsOn: '2027-01-01', noticePeriod: null, trialEndsOn: null })).toEqual({ on: '2026-12-31', reason: 'notice' });
  });

  it("is the trial's last day when that comes first", () => {
    expect(cancelBy({ renewsOn: null, noticePeriod: null, trialEndsOn: '2026-12-05' })).toEqual({ on: '2026-12-05', reason: 'trial' });
    expect(cancelBy({ renewsOn: '2026-12-20', noticePeriod: { count: 7, unit: 'days' }, trialEndsOn: '2026-12-05' })).toEqual({ on: '2026-12-05', reason: 'trial' });
    expect(cancelBy({ renewsOn: '2026-12-20', noticePeriod: { count: 1, unit: 'months' }, trialEndsOn: '2026-12-05' })).toEqual({ on: '2026-11-20', reason: 'notice' });
  });

  it('is unknown without a renewal or a trial', () => {
    expect(cancelBy({ renewsOn: null, noticePeriod: { count: 1, unit: 'months' }, trialEndsOn: null })).toBeNull();
  });
});

describe('dispute window', () => {
  it('ends 120 days after the charge by default, or after the days the user sets', () => {
    expect(lastDayToDispute('2026-11-01', null)).toBe('2027-03-01');
    expect(lastDayToDispute('2026-11-01', 60)).toBe('2026-12-31');
    expect(lastDayToDispute(null, 60)).toBeNull();
  });

  it('counts days left, negative once passed', () => {
    expect(daysUntil('2026-12-01', '2026-11-26')).toBe(5);
    expect(daysUntil('2026-11-20', '2026-11-26')).toBe(-6);
    // Across the switch to summer time the count is still in whole days.
    expect(daysUntil('2027-04-01', '2027-03-01')).toBe(31);
  });
});
