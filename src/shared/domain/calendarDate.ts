
/** A day on the calendar, with no time or zone: `2026-11-02`. */
export const calendarDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is YYYY-MM-DD and that day exists (checked by hand: it runs for every date of every imported case). */
export function isRealCalendarDate(text: string): boolean {
  if (!calendarDatePattern.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= daysInMonth;
}

/** `YYYY-MM-DD`; checked by CalendarDateSchema (dateSchemas.ts) wherever it enters the journal. */
export type CalendarDate = string;

/** The local calendar day of `date`. */
export function toCalendarDate(date: Date): CalendarDate {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Local midnight of a calendar day (the text is trusted: it passed CalendarDateSchema). */
export function fromCalendarDate(text: CalendarDate): Date {
  const date = new Date(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
  // `new Date(y, …)` reads years 0–99 as 1900–1999.
  date.setFullYear(Number(text.slice(0, 4)));
  return date;
}

export function today(now: Date = new Date()): CalendarDate {
  return toCalendarDate(now);
}

export type DateInputProblem = 'format' | 'nonexistent';

/**
 * Reads a date typed by the user. ISO (`2026-11-02`) always works; `2026/11/2` and `2026.11.2`
 * are accepted too because that is how dates are often written in Chinese.
 */
export function parseDateInput(
  text: string,
): { ok: true; value: CalendarDate | null } | { ok: false; problem: DateInputProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(trimmed);
  if (!match) return { ok: false, problem: 'format' };
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealCalendarDate(iso) ? { ok: true, value: iso } : { ok: false, problem: 'nonexistent' };
}
