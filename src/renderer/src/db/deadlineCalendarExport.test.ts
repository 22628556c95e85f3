import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarDeadlineKinds } from '@shared/calendar/caseCalendarDeadlines';
import type { CalendarWords } from '@shared/calendar/deadlineCalendar';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { JournalDatabase } from './journalDatabase';
import { caseRepository } from './caseRepository';
import { journalDeadlineCalendar, journalDeadlines } from './deadlineCalendarExport';

const words: CalendarWords = {
  calendarName: 'Deadlines',
  title: Object.fromEntries(calendarDeadlineKinds.map((kind) => [kind, `${kind} {{case}}`])) as CalendarWords['title'],
  todo: Object.fromEntries(calendarDeadlineKinds.map((kind) => [kind, `todo ${kind}`])) as CalendarWords['todo'],
  provider: 'Provider: {{provider}}',
};

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`calendar-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const input = (n: number) => ({ title: `Plan ${n}`, providerName: `Provider ${n}`, account: '', category: 'streaming' as const, currency: 'USD' });

describe('Export all deadlines', () => {
  it('reads every case in chunks with progress, leaves the Trash out, and writes one event per deadline, soonest first', async () => {
    const cases = caseRepository(db);
    const made = [];
    for (let n = 0; n < 123; n += 1) made.push(await cases.create(defaultTemplateFor('en'), input(n)));
    // Every tenth case has a follow-up; one of them goes to the Trash.
    for (let n = 0; n < made.length; n += 10) {
      await cases.edit(made[n]!.id, (c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: `2027-01-${String(13 - n / 10).padStart(2, '0')}` } }));
    }
    await cases.moveToTrash(made[50]!.id);
    const progress: [number, number][] = [];
    const { deadlines, cases: withDeadlines } = await journalDeadlines(db, (done, total) => progress.push([done, total]), 50);
    expect(withDeadlines).toBe(12);
    expect(deadlines.map((d) => d.on)).toEqual([...deadlines.map((d) => d.on)].sort());
    expect(deadlines.map((d) => d.caseTitle)).not.toContain('Plan 50');
    expect(progress).toEqual([
      [50, 123],
      [100, 123],
      [123, 123],
    ]);

    const file = await journalDeadlineCalendar(db, words, { now: new Date('2026-11-26T10:00:00Z'), alarms: { daysBefore: [1], at: '09:00' } });
    const events = new ICAL.Component(ICAL.parse(new TextDecoder().decode(file.bytes))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(file.events).toBe(12);
    expect(events.map((e) => e.summary)).toContain('followUp Plan 0');
    expect(events.find((e) => e.summary === 'followUp Plan 0')?.startDate.toString()).toBe('2027-01-13');
    expect(new Set(events.map((e) => e.uid)).size).toBe(12);
  });

  it('says there is nothing when no case has a deadline', async () => {
    await caseRepository(db).create(defaultTemplateFor('en'), input(1));
    expect(await journalDeadlines(db)).toEqual({ deadlines: [], cases: 0 });
  });
});
