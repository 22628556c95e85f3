import { describe, expect, it } from 'vitest';
import { isRealCalendarDate, parseDateInput } from './calendarDate';
import { CalendarDateSchema } from './dateSchemas';

describe('parseDateInput', () => {
  it('accepts ISO dates and common variants', () => {
    expect(parseDateInput('2026-11-02')).toEqual({ ok: true, value: '2026-11-02' });
    expect(parseDateInput(' 2026/11/2 ')).toEqual({ ok: true, value: '2026-11-02' });
    expect(parseDateInput('2026年11月2日')).toEqual({ ok: true, value: '2026-11-02' });
    expect(parseDateInput('')).toEqual({ ok: true, value: null });
  });

  it('refuses dates that do not exist', () => {
    expect(parseDateInput('2026-02-30')).toEqual({ ok: false, problem: 'nonexistent' });
    expect(parseDateInput('2026-13-01')).toEqual({ ok: false, problem: 'nonexistent' });
    expect(parseDateInput('2025-02-29')).toEqual({ ok: false, problem: 'nonexistent' });
    expect(parseDateInput('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
  });

  it('refuses text that is not a date', () => {
    expect(parseDateInput('next tuesday')).toEqual({ ok: false, problem: 'format' });
    expect(parseDateInput('02/11/2026')).toEqual({ ok: false, problem: 'format' });
  });
});

describe('CalendarDateSchema', () => {
  it('validates format and existence', () => {
    expect(CalendarDateSchema.safeParse('2026-11-02').success).toBe(true);
    expect(CalendarDateSchema.safeParse('2026-11-31').success).toBe(false);
    expect(CalendarDateSchema.safeParse('2026-1-2').success).toBe(false);
    expect(isRealCalendarDate('1999-12-31')).toBe(true);
  });
});
