import { describe, expect, it } from 'vitest';
import { defaultTemplateFor } from '../templates/builtInTemplates';
import { noPublicHolidays } from './businessDays';
import type { JournalCase } from './caseSchema';
import { newCase } from './newCase';
import { loadPublicHolidays } from './publicHolidays';
import { caseDeadlines } from './caseDeadlines';
import { caseCalendarDeadlines } from '../calendar/caseCalendarDeadlines';
import {
  deadlineEntriesOf,
  defaultLeadDays,
  needingAttention,
  reminderEventsOf,
  snoozedUntil,
  upcomingReminders,
  type DeadlineEntry,
  type HolidaysOf,
  type ReminderState,
} from './reminders';

function aCase(change: (made: JournalCase) => JournalCase, id = 'case-1'): JournalCase {
  const made = newCase(
    defaultTemplateFor('en'),
    { title: 'Axis eSIM', providerName: 'Axis', account: '', category: 'phone_esim', currency: 'IDR', country: 'ID' },
    new Date('2026-10-01T12:00:00.000Z'),
    () => crypto.randomUUID(),
  );
  return change({ ...made, id });
}
const weekendsOnly: HolidaysOf = () => noPublicHolidays;
const none = new Map<string, ReminderState>();
const entriesOf = (c: JournalCase) => deadlineEntriesOf(c);

describe('the dates reminders watch', () => {
  it('watches a review only while a decision is awaited, and nothing of a case in the Trash', () => {
    const submitted = aCase((c) => ({ ...c, status: 'submitted', submission: { ...c.submission, submittedOn: '2026-11-02', reviewBusinessDays: 5 } }));
    expect(entriesOf(submitted).map((e) => [e.kind, e.on])).toEqual([['reviewOverdue', '2026-11-10']]);
    expect(entriesOf({ ...submitted, status: 'confirmed' })).toEqual([]);
    expect(entriesOf({ ...submitted, deletedAt: '2026-11-03T00:00:00.000Z' })).toEqual([]);
  });

  it('watches the cancel-by date until the request is sent, the refund from the day after it is due', () => {
    const draft = aCase((c) => ({ ...c, deadlines: { ...c.deadlines, renewsOn: '2026-12-15', noticePeriod: { count: 14, unit: 'days' }, trialEndsOn: '2026-12-20' } }));
    expect(entriesOf(draft).map((e) => [e.kind, e.on])).toEqual([
      ['cancelBy', '2026-12-01'],
      ['trialEnds', '2026-12-20'],
    ]);
    expect(entriesOf({ ...draft, status: 'submitted' }).map((e) => e.kind)).toEqual([]);
    const refund = aCase((c) => ({ ...c, status: 'confirmed', balance: { ...c.balance, outcome: 'refund_requested' }, deadlines: { ...c.deadlines, refundDueOn: '2026-11-30' } }));
    expect(entriesOf(refund).map((e) => [e.kind, e.on])).toEqual([['refundOverdue', '2026-12-01']]);
    // Named by the day it was due.
    expect(reminderEventsOf(entriesOf(refund)[0]!, defaultLeadDays, weekendsOnly)[0]!.namedDay).toBe('2026-11-30');
  });
});

describe('the trial’s end as a date of its own — one rule for reminders and calendars', () => {
  // Renews 15 December with 14 days' notice: cancel by 1 December.
  const withTrial = (trialEndsOn: string, status: JournalCase['status'] = 'draft') =>
    aCase((c) => ({ ...c, status, deadlines: { ...c.deadlines, renewsOn: '2026-12-15', noticePeriod: { count: 14, unit: 'days' }, trialEndsOn } }));
  const reminded = (c: JournalCase) => entriesOf(c).map((e) => [e.kind, e.on]);
  const inCalendar = (c: JournalCase) =>
    caseCalendarDeadlines(c)
      .filter((d) => d.kind === 'cancelBy' || d.kind === 'trialEnds')
      .map((d) => [d.kind, d.on]);

  it('is its own date when the trial ends after the cancel-by date', () => {
    const later = withTrial('2026-12-20');
    expect(caseDeadlines(later).trialEndsOn).toBe('2026-12-20');
    expect(reminded(later)).toEqual([
      ['cancelBy', '2026-12-01'],
      ['trialEnds', '2026-12-20'],
    ]);
    expect(inCalendar(later)).toEqual(reminded(later));
  });

  it('is the cancel-by date, named once, when the trial ends first or on the same day', () => {
    for (const trialEndsOn of ['2026-11-25', '2026-12-01']) {
      const first = withTrial(trialEndsOn);
      expect(caseDeadlines(first).trialEndsOn, trialEndsOn).toBeNull();
      expect(reminded(first), trialEndsOn).toEqual([['cancelBy', trialEndsOn === '2026-11-25' ? '2026-11-25' : '2026-12-01']]);
      expect(inCalendar(first), trialEndsOn).toEqual(reminded(first));
    }
  });

  it('is not watched once the request is sent', () => {
    const sent = withTrial('2026-12-20', 'submitted');
    expect(caseDeadlines(sent).trialEndsOn).toBeNull();
    expect(reminded(sent)).toEqual([]);
    expect(inCalendar(sent)).toEqual([]);
  });
});

describe('reminders', () => {
  it('counts an overdue review with the country’s public holidays: 10 business days after submission with 5 to review is overdue by 5', async () => {
    const indonesia = await loadPublicHolidays('ID');
    const holidaysOf: HolidaysOf = (country) => (country === 'ID' ? indonesia : noPublicHolidays);
    // Submitted on Monday 22 December 2025: Christmas (25th) and New Year's Day are Indonesian holidays,
    // so 7 January 2026 is 10 business days later.
    const submitted = aCase((c) => ({ ...c, status: 'under_review', submission: { ...c.submission, submittedOn: '2025-12-22', reviewBusinessDays: 5 } }));
    const [entry] = entriesOf(submitted);
    // Weekends only, the lower bound the database indexes: 30 December.
    expect(entry!.on).toBe('2025-12-30');
    const [event] = reminderEventsOf(entry!, defaultLeadDays, holidaysOf);
    expect(event!.dueOn).toBe('2025-12-31');
    // Named by the expected decision: five business days after the 22nd, Christmas skipped.
    expect(event!.namedDay).toBe('2025-12-30');
    expect(needingAttention([entry!], none, '2025-12-30', defaultLeadDays, holidaysOf)).toEqual([]);
    const [item] = needingAttention([entry!], none, '2026-01-07', defaultLeadDays, holidaysOf);
    expect(item).toMatchObject({ kind: 'reviewOverdue', dueOn: '2025-12-31', overdueBy: 5 });
  });

  it('reminds of a cancel-by date 7 days and 1 day before and on the day, showing only the latest that has fired', () => {
    const draft = aCase((c) => ({ ...c, deadlines: { ...c.deadlines, renewsOn: '2026-12-15', noticePeriod: { count: 14, unit: 'days' } } }));
    const entries = entriesOf(draft);
    expect(reminderEventsOf(entries[0]!, defaultLeadDays, weekendsOnly).map((e) => e.firesOn)).toEqual(['2026-12-01', '2026-11-24', '2026-11-30']);
    const at = (day: string) => needingAttention(entries, none, day, defaultLeadDays, weekendsOnly).map((item) => [item.lead, item.daysLeft]);
    expect(at('2026-11-23')).toEqual([]);
    expect(at('2026-11-24')).toEqual([[7, 7]]);
    expect(at('2026-11-30')).toEqual([[1, 1]]);
    expect(at('2026-12-03')).toEqual([[0, -2]]);
    // Leads come from Settings.
    expect(needingAttention(entries, none, '2026-11-17', [14], weekendsOnly).map((item) => item.lead)).toEqual([14]);
  });

  it('lists the most urgent first: the earliest date, and on the same date what costs most', () => {
    const a = aCase((c) => ({ ...c, title: 'Follow up', status: 'submitted', deadlines: { ...c.deadlines, followUpOn: '2026-11-20' } }), 'a');
    const b = aCase((c) => ({ ...c, title: 'Dispute', deadlines: { ...c.deadlines, disputedChargeOn: '2026-07-23', disputeWindowDays: 120 } }), 'b');
    const d = aCase((c) => ({ ...c, title: 'Older follow up', status: 'submitted', deadlines: { ...c.deadlines, followUpOn: '2026-11-10' } }), 'd');
    const items = needingAttention([...entriesOf(a), ...entriesOf(b), ...entriesOf(d)], none, '2026-11-20', defaultLeadDays, weekendsOnly);
    expect(items.map((item) => [item.caseTitle, item.dueOn])).toEqual([
      ['Older follow up', '2026-11-10'],
      ['Dispute', '2026-11-20'],
      ['Follow up', '2026-11-20'],
    ]);
    // A dispute window that has closed is no longer a reminder.
    expect(needingAttention(entriesOf(b), none, '2026-11-21', defaultLeadDays, weekendsOnly)).toEqual([]);
  });

  it('keeps a dismissed reminder away, brings a snoozed one back on its day, and re-arms a deadline moved earlier', () => {
    const draft = (followUpOn: string) => aCase((c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn } }));
    const entries = entriesOf(draft('2026-11-20'));
    const [item] = needingAttention(entries, none, '2026-11-20', defaultLeadDays, weekendsOnly);
    const dismissed = new Map([[item!.id, { eventId: item!.id, caseId: item!.caseId, dismissed: true, snoozedUntil: null }]]);
    expect(needingAttention(entries, dismissed, '2026-11-25', defaultLeadDays, weekendsOnly)).toEqual([]);
    const until = snoozedUntil('threeDays', '2026-11-20');
    expect(until).toBe('2026-11-23');
    const snoozed = new Map([[item!.id, { eventId: item!.id, caseId: item!.caseId, dismissed: false, snoozedUntil: until }]]);
    expect(needingAttention(entries, snoozed, '2026-11-22', defaultLeadDays, weekendsOnly)).toEqual([]);
    expect(needingAttention(entries, snoozed, '2026-11-23', defaultLeadDays, weekendsOnly)).toHaveLength(1);
    // Moved to the 18th: a new reminder, which the dismissal of the old one does not cover.
    const moved = needingAttention(entriesOf(draft('2026-11-18')), dismissed, '2026-11-25', defaultLeadDays, weekendsOnly);
    expect(moved.map((m) => m.dueOn)).toEqual(['2026-11-18']);
    expect(moved[0]!.id).not.toBe(item!.id);
  });

  it('schedules for the system what is due today and what comes within the horizon, a snoozed one on its new day', () => {
    const cases: DeadlineEntry[] = [
      ...entriesOf(aCase((c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2026-11-20' } }), 'now')),
      ...entriesOf(aCase((c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2026-11-25' } }), 'soon')),
      ...entriesOf(aCase((c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2027-03-01' } }), 'later')),
    ];
    const upcoming = upcomingReminders(cases, none, '2026-11-20', defaultLeadDays, weekendsOnly, 30);
    expect(upcoming.map((r) => [r.caseId, r.showOn])).toEqual([
      ['now', '2026-11-20'],
      ['soon', '2026-11-25'],
    ]);
    const snoozed = new Map([[upcoming[0]!.id, { eventId: upcoming[0]!.id, caseId: 'now', dismissed: false, snoozedUntil: '2026-11-27' }]]);
    expect(upcomingReminders(cases, snoozed, '2026-11-20', defaultLeadDays, weekendsOnly, 30).map((r) => [r.caseId, r.showOn])).toEqual([
      ['soon', '2026-11-25'],
      ['now', '2026-11-27'],
    ]);
  });
});
