import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { noDeadlines } from '../domain/caseSchema';
import { loadPublicHolidays } from '../domain/publicHolidays';
import { caseCalendarDeadlines, calendarDeadlineKinds, type CalendarCase, type CalendarDeadline } from './caseCalendarDeadlines';
import { deadlineCalendar, type CalendarWords } from './deadlineCalendar';

const words: CalendarWords = {
  calendarName: 'Cancellation deadlines',
  title: Object.fromEntries(calendarDeadlineKinds.map((kind) => [kind, `${kind}: {{case}}`])) as CalendarWords['title'],
  todo: Object.fromEntries(calendarDeadlineKinds.map((kind) => [kind, `Do ${kind} for {{case}}`])) as CalendarWords['todo'],
  provider: 'Provider: {{provider}}',
};
const now = new Date('2026-11-26T10:00:00Z');
const oneDayBefore = { daysBefore: [1], at: '09:00' };

function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarms = vevent.getAllSubcomponents('valarm');
    const alarm = alarms[0];
    const trigger = alarm?.getFirstPropertyValue('trigger');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: event.endDate.toString(),
      timezone: vevent.getFirstProperty('dtstart')?.getParameter('tzid') ?? null,
      alarmAction: alarm?.getFirstPropertyValue('action'),
      alarmSeconds: trigger instanceof ICAL.Duration ? trigger.toSeconds() : null,
      /** Every alarm: what it does, and when, as seconds from the day's start (negative: before). */
      alarms: alarms.map((valarm) => {
        const at = valarm.getFirstPropertyValue('trigger');
        return { action: valarm.getFirstPropertyValue('action'), seconds: at instanceof ICAL.Duration ? at.toSeconds() : null };
      }),
    };
  });
}

const deadline = (on: string, overrides: Partial<CalendarDeadline> = {}): CalendarDeadline => ({
  uid: `case-1-followUp@cancellationjournal.app`,
  kind: 'followUp',
  on,
  caseTitle: 'Axis',
  provider: 'PT XL Axiata',
  ...overrides,
});

describe('the deadline calendar (RFC 5545), read back by ical.js', () => {
  const zoneBefore = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zoneBefore;
  });

  it('writes each deadline as an all-day event on its own day, with no time zone, whatever zone the machine is in', () => {
    for (const zone of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Jakarta', 'Pacific/Pago_Pago']) {
      process.env.TZ = zone;
      const text = deadlineCalendar([deadline('2026-12-31'), deadline('2027-01-01', { uid: 'b@x', kind: 'refundDue' })], words, { now, alarms: oneDayBefore });
      const events = parsed(text);
      expect(events.map((event) => [event.start, event.end, event.allDay, event.timezone]), zone).toEqual([
        ['2026-12-31', '2027-01-01', true, null],
        ['2027-01-01', '2027-01-02', true, null],
      ]);
      expect(text).toContain('DTSTART;VALUE=DATE:20261231');
      expect(text).not.toContain('TZID');
    }
  });

  it('rings a display alarm the day before at 09:00 (15 hours before the day starts)', () => {
    const [oneDay] = parsed(deadlineCalendar([deadline('2026-12-31')], words, { now, alarms: oneDayBefore }));
    expect(oneDay?.alarmAction).toBe('DISPLAY');
    expect(oneDay?.alarmSeconds).toBe(-15 * 3600);
  });

  it('rings one alarm per lead day the user set for reminders, at the time reminders come', () => {
    const hour = 3600;
    // The defaults: 7 days and 1 day before, at 09:00.
    const [defaults] = parsed(deadlineCalendar([deadline('2026-12-31')], words, { now, alarms: { daysBefore: [7, 1], at: '09:00' } }));
    expect(defaults?.alarms).toEqual([
      { action: 'DISPLAY', seconds: -(7 * 24 - 9) * hour },
      { action: 'DISPLAY', seconds: -(24 - 9) * hour },
    ]);
    // Set to 14, 3 and 1 days at 18:30 (given in any order, a repeat once).
    const [chosen] = parsed(deadlineCalendar([deadline('2026-12-31')], words, { now, alarms: { daysBefore: [1, 14, 3, 1], at: '18:30' } }));
    expect(chosen?.alarms.map((alarm) => alarm.seconds)).toEqual([-(14 * 24 * hour - 18.5 * hour), -(3 * 24 * hour - 18.5 * hour), -(24 * hour - 18.5 * hour)]);
    // What a calendar shows: 14 days before the 31st at 18:30 is the 17th at 18:30.
    const start = ICAL.Time.fromDateTimeString('2026-12-31T00:00:00');
    const ringsAt = chosen!.alarms.map((alarm) => {
      const time = start.clone();
      time.addDuration(ICAL.Duration.fromSeconds(alarm.seconds!));
      return time.toString();
    });
    expect(ringsAt).toEqual(['2026-12-17T18:30:00', '2026-12-28T18:30:00', '2026-12-30T18:30:00']);
  });

  it('keeps commas, semicolons, backslashes, new lines and Chinese exactly as typed', () => {
    const title = '退订 Axis, 流量包; 第二\\行\n新的一行';
    const [event] = parsed(deadlineCalendar([deadline('2026-12-31', { caseTitle: title, provider: '中国移动, 北京;分公司' })], words, { now, alarms: oneDayBefore }));
    expect(event?.summary).toBe(`followUp: ${title}`);
    expect(event?.description).toBe(`Provider: 中国移动, 北京;分公司\nDo followUp for ${title}`);
  });

  it('fills a title that holds what a replacement pattern would read ($&) as it is', () => {
    const [event] = parsed(deadlineCalendar([deadline('2026-12-31', { caseTitle: 'Pay $& more' })], words, { now, alarms: oneDayBefore }));
    expect(event?.summary).toBe('followUp: Pay $& more');
  });

  it('leaves out the provider line when the case names no provider', () => {
    const [event] = parsed(deadlineCalendar([deadline('2026-12-31', { provider: '  ' })], words, { now, alarms: oneDayBefore }));
    expect(event?.description).toBe('Do followUp for Axis');
  });
});

const axis: CalendarCase = {
  id: 'case-1',
  title: 'Axis',
  provider: { name: 'PT XL Axiata', portalUrl: '', supportContact: '' },
  status: 'draft',
  balance: { amount: null, currency: 'IDR', outcome: 'none', refunded: null },
  submission: { submittedOn: null, channel: null, referenceNumber: '', reviewBusinessDays: null },
  deadlines: { ...noDeadlines },
} as CalendarCase;

describe('the deadlines of a case that go into a calendar', () => {
  it('has one event per date that matters, each with a UID made of the case and the deadline, the same every time', () => {
    const c: CalendarCase = {
      ...axis,
      deadlines: { ...noDeadlines, renewsOn: '2027-01-31', noticePeriod: { count: 1, unit: 'months' }, trialEndsOn: '2027-01-15', followUpOn: '2026-12-30', disputedChargeOn: '2026-11-01' },
    };
    const found = caseCalendarDeadlines(c);
    expect(found.map(({ kind, on, uid }) => [kind, on, uid])).toEqual([
      ['cancelBy', '2026-12-31', 'case-1-cancelBy@cancellationjournal.app'],
      ['trialEnds', '2027-01-15', 'case-1-trialEnds@cancellationjournal.app'],
      ['followUp', '2026-12-30', 'case-1-followUp@cancellationjournal.app'],
      ['lastDayToDispute', '2027-03-01', 'case-1-lastDayToDispute@cancellationjournal.app'],
    ]);
    // Moving a date keeps the event's UID: a calendar importing the file again moves its event.
    const moved = caseCalendarDeadlines({ ...c, deadlines: { ...c.deadlines, followUpOn: '2027-01-05' } });
    expect(moved.find((d) => d.kind === 'followUp')).toMatchObject({ on: '2027-01-05', uid: 'case-1-followUp@cancellationjournal.app' });
    const twice = parsed(deadlineCalendar(found, words, { now, alarms: oneDayBefore })).map((event) => event.uid);
    expect(twice).toEqual(parsed(deadlineCalendar(caseCalendarDeadlines(c), words, { now: new Date(), alarms: oneDayBefore })).map((event) => event.uid));
  });

  it('names the trial end once when the trial is what sets the cancel-by date', () => {
    const found = caseCalendarDeadlines({ ...axis, deadlines: { ...noDeadlines, trialEndsOn: '2027-01-15' } });
    expect(found.map((d) => [d.kind, d.on])).toEqual([['cancelBy', '2027-01-15']]);
  });

  it('gives the expected decision while a decision is awaited, skipping weekends and the country’s holidays across the year end', async () => {
    const submitted: CalendarCase = {
      ...axis,
      status: 'submitted',
      submission: { ...axis.submission, submittedOn: '2026-12-29', reviewBusinessDays: 3 },
    };
    // 29 Dec (Tue) + 3 business days in Indonesia, 1 January a holiday: 30, 31 Dec, 2 Jan is Saturday → 4 January.
    const newYear = await loadPublicHolidays('ID');
    expect(caseCalendarDeadlines(submitted, newYear).map((d) => [d.kind, d.on])).toEqual([['expectedDecision', '2027-01-04']]);
    expect(caseCalendarDeadlines({ ...submitted, status: 'confirmed' }, newYear)).toEqual([]);
  });

  it('gives the refund due only while a refund is requested', () => {
    const c: CalendarCase = { ...axis, status: 'confirmed', deadlines: { ...noDeadlines, refundDueOn: '2027-01-10' } };
    expect(caseCalendarDeadlines({ ...c, balance: { ...c.balance, outcome: 'refund_requested' } }).map((d) => d.kind)).toEqual(['refundDue']);
    expect(caseCalendarDeadlines({ ...c, balance: { ...c.balance, outcome: 'refunded' } })).toEqual([]);
  });
});
