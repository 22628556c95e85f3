import { describe, expect, it } from 'vitest';
import { addDays } from 'date-fns';
import { addBusinessDaysSkippingHolidays, businessDaysAfter, isBusinessDay, noPublicHolidays, reviewClock } from './businessDays';
import { fromCalendarDate, toCalendarDate } from './calendarDate';
import { closesOffices, loadPublicHolidays, publicHolidaysFrom } from './publicHolidays';

describe('business days with public holidays (date-holidays)', () => {
  it('skips Idul Fitri in Indonesia: 5 business days from Wednesday 18 March 2026 end on Friday 27 March', async () => {
    const indonesia = await loadPublicHolidays('ID');
    // 19 March Nyepi, 20–21 March Idul Fitri (1–2 Syawal 1447) as the library computes them.
    expect(['2026-03-19', '2026-03-20', '2026-03-21'].map(indonesia)).toEqual([true, true, true]);
    expect(addBusinessDaysSkippingHolidays('2026-03-18', 5, indonesia)).toBe('2026-03-27');
    // Weekends only would have said Wednesday the 25th.
    expect(addBusinessDaysSkippingHolidays('2026-03-18', 5, noPublicHolidays)).toBe('2026-03-25');
  });

  it('skips the Spring Festival and National Day in China', async () => {
    const china = await loadPublicHolidays('CN');
    // Spring Festival 2026: eve 16 February, then 17 and 18 February.
    expect(addBusinessDaysSkippingHolidays('2026-02-13', 3, china)).toBe('2026-02-23');
    // National Day: 1–3 October 2027 (Friday to Sunday): the Friday is skipped.
    expect(addBusinessDaysSkippingHolidays('2027-09-30', 1, china)).toBe('2027-10-04');
  });

  it('does not take a holiday for one group (women, youths, children, soldiers) as a day offices close', async () => {
    const china = await loadPublicHolidays('CN');
    expect(china('2026-06-01')).toBe(false); // Children's Day, for children under 14
    expect(china('2026-05-04')).toBe(false); // Youth Day, an afternoon off for youths
    expect(closesOffices({ date: '2021-02-14 00:00:00', type: 'public', rule: '2021-02-14', note: 'Work on Sun February 7 and Sat February 20.' })).toBe(true);
    expect(closesOffices({ date: '2026-06-01 00:00:00', type: 'public', rule: '06-01', note: 'Children below the age of 14' })).toBe(false);
    expect(closesOffices({ date: '2026-12-24 00:00:00', type: 'bank', rule: '12-24' })).toBe(false);
    expect(closesOffices({ date: '2026-03-20 00:00:00 -0600', type: 'public', rule: '1 Shawwal' })).toBe(true);
  });

  it("counts across a year end, skipping New Year's Day", async () => {
    const indonesia = await loadPublicHolidays('ID');
    // Thursday 24 December 2026: 25 December Christmas, the weekend, 1 January 2027 New Year.
    expect(addBusinessDaysSkippingHolidays('2026-12-24', 5, indonesia)).toBe('2027-01-04');
    expect(businessDaysAfter('2026-12-24', '2027-01-04', indonesia)).toBe(5);
  });

  it('skips weekends: a request sent on a Friday or a Saturday counts from Monday, across a year end', () => {
    expect(addBusinessDaysSkippingHolidays('2026-11-02', 5, noPublicHolidays)).toBe('2026-11-09');
    expect(addBusinessDaysSkippingHolidays('2026-11-06', 1, noPublicHolidays)).toBe('2026-11-09');
    expect(addBusinessDaysSkippingHolidays('2026-11-07', 1, noPublicHolidays)).toBe('2026-11-09');
    expect(addBusinessDaysSkippingHolidays('2026-12-30', 3, noPublicHolidays)).toBe('2027-01-04');
  });

  it('counts a long review from the year’s holiday list exactly as day by day (a list row draws it on every scroll)', () => {
    const list = (year: number) =>
      ['01-01', '03-20', '05-01', '08-17', '12-25'].map((day) => ({ date: `${year}-${day} 00:00:00`, type: 'public', rule: `${year}-${day}` }));
    const fast = publicHolidaysFrom(list);
    // The plain way, asking of every day whether it is a business day.
    const dayByDay = (from: string, to: string, isHoliday: (day: string) => boolean) => {
      let count = 0;
      for (let day = fromCalendarDate(from); toCalendarDate(day) < to; ) {
        day = addDays(day, 1);
        if (isBusinessDay(toCalendarDate(day), Object.assign(isHoliday, { weekdayHolidaysAfter: () => 0 }))) count += 1;
      }
      return count;
    };
    const start = Date.UTC(2024, 0, 1);
    for (let i = 0; i < 200; i += 1) {
      const from = new Date(start + ((i * 7919) % 900) * 86_400_000).toISOString().slice(0, 10);
      const to = new Date(start + ((i * 7919) % 900 + (i * 37) % 800) * 86_400_000).toISOString().slice(0, 10);
      expect(businessDaysAfter(from, to, fast), `${from} → ${to}`).toBe(dayByDay(from, to, (day) => fast(day)));
      expect(businessDaysAfter(from, to, noPublicHolidays)).toBe(dayByDay(from, to, () => false));
    }
  });

  it('has only weekends off in a country the library does not know', async () => {
    const nowhere = await loadPublicHolidays('ZZ');
    expect(addBusinessDaysSkippingHolidays('2026-12-24', 1, nowhere)).toBe('2026-12-25');
  });

  it('loads each country once', async () => {
    expect(await loadPublicHolidays('ID')).toBe(await loadPublicHolidays('ID'));
  });
});

describe('the review clock', () => {
  const weekdays = noPublicHolidays;
  it('says the review starts on the next business day on the day of submission', () => {
    expect(reviewClock('2026-11-20', 5, '2026-11-20', weekdays)).toEqual({ kind: 'starts', of: 5 });
    // Submitted on a Friday: the weekend does not start it either.
    expect(reviewClock('2026-11-20', 5, '2026-11-22', weekdays)).toEqual({ kind: 'starts', of: 5 });
  });

  it('counts review days, the expected decision day being the last', () => {
    expect(reviewClock('2026-11-20', 5, '2026-11-25', weekdays)).toEqual({ kind: 'day', day: 3, of: 5 });
    expect(reviewClock('2026-11-20', 5, '2026-11-27', weekdays)).toEqual({ kind: 'day', day: 5, of: 5 });
  });

  it('is overdue by the business days past the expected decision', () => {
    expect(reviewClock('2026-11-20', 5, '2026-11-30', weekdays)).toEqual({ kind: 'overdue', by: 1 });
    // Ten business days after submission, with a five-day review.
    expect(reviewClock('2026-11-12', 5, '2026-11-26', weekdays)).toEqual({ kind: 'overdue', by: 5 });
  });

  it('is overdue by fewer days where holidays fell in between', async () => {
    const indonesia = await loadPublicHolidays('ID');
    // Submitted Monday 16 March 2026; by Friday 27 March, 19–21 March were holidays.
    expect(reviewClock('2026-03-16', 5, '2026-03-27', weekdays)).toEqual({ kind: 'overdue', by: 4 });
    expect(reviewClock('2026-03-16', 5, '2026-03-27', indonesia)).toEqual({ kind: 'overdue', by: 2 });
  });

  it('has nothing to say without a submission day or a review length', () => {
    expect(reviewClock(null, 5, '2026-11-26', weekdays)).toBeNull();
    expect(reviewClock('2026-11-20', null, '2026-11-26', weekdays)).toBeNull();
  });
});
