import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noPublicHolidays } from '@shared/domain/businessDays';
import { needingAttention, snoozedUntil } from '@shared/domain/reminders';
import { readJournalFile } from '@shared/journalFile/readJournalFile';
import { serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { caseRepository } from './caseRepository';
import { exportJournal } from './journalExport';
import { importJournal } from './journalImport';
import { JournalDatabase } from './journalDatabase';
import { lastFiringDay, reminderRepository } from './reminderRepository';
import { settingsRepository } from './settingsRepository';

const names: string[] = [];
let db: JournalDatabase;
const open = (name: string) => {
  names.push(name);
  return new JournalDatabase(name);
};
beforeEach(() => {
  db = open(`reminders-${crypto.randomUUID()}`);
});
afterEach(async () => {
  for (const name of names.splice(0)) await new JournalDatabase(name).delete();
});

const input = { title: 'Netflix', providerName: 'Netflix', account: '', category: 'streaming' as const, currency: 'USD', country: 'US' };
const weekendsOnly = () => noPublicHolidays;
const app = { name: 'Cancellation Journal', version: '0.0.0-test' };

async function attentionOn(database: JournalDatabase, today: string) {
  const leads = await settingsRepository(database).reminderLeadDays();
  const { entries, states } = await reminderRepository(database).watchedUpTo(lastFiringDay(today, leads));
  return needingAttention(entries, states, today, leads, weekendsOnly);
}

describe('the watched dates in the database', () => {
  it('follow every write of the case: set, moved, cleared, moved to the Trash, deleted for good', async () => {
    const cases = caseRepository(db);
    const made = await cases.create(defaultTemplateFor('en'), input);
    expect(await db.deadlineEntries.count()).toBe(0);
    await cases.edit(made.id, (c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2026-11-20' } }));
    expect(await db.deadlineEntries.toArray()).toEqual([{ caseId: made.id, kind: 'followUp', on: '2026-11-20', caseTitle: 'Netflix' }]);
    await cases.edit(made.id, (c) => ({ ...c, title: 'Netflix family', deadlines: { ...c.deadlines, followUpOn: '2026-11-18' } }));
    expect(await db.deadlineEntries.toArray()).toEqual([{ caseId: made.id, kind: 'followUp', on: '2026-11-18', caseTitle: 'Netflix family' }]);
    await cases.edit(made.id, (c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: null } }));
    expect(await db.deadlineEntries.count()).toBe(0);
    await cases.edit(made.id, (c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2026-11-18' } }));
    await cases.moveToTrash(made.id);
    expect(await db.deadlineEntries.count()).toBe(0);
    await cases.restore(made.id);
    await reminderRepository(db).dismiss({ id: 'any', caseId: made.id });
    await cases.moveToTrash(made.id);
    await cases.deleteForever(made.id);
    expect([await db.deadlineEntries.count(), await db.reminderStates.count()]).toEqual([0, 0]);
  });

  it('come in with an imported journal and are replaced with a replaced case', async () => {
    const cases = caseRepository(db);
    const made = await cases.create(defaultTemplateFor('en'), input);
    await cases.edit(made.id, (c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2026-11-20' } }));
    const read = await readJournalFile(serializeJournalFile(await exportJournal(db, { kind: 'all' }, app)));
    if (!read.ok) throw new Error('the export must read back');
    const target = open(`reminders-target-${crypto.randomUUID()}`);
    await importJournal(target, read.file, 'skip');
    expect((await target.deadlineEntries.toArray()).map((e) => e.on)).toEqual(['2026-11-20']);
    const moved = { ...read.file, cases: read.file.cases.map((c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2026-11-25' } })) };
    await importJournal(target, moved, 'replace');
    expect((await target.deadlineEntries.toArray()).map((e) => e.on)).toEqual(['2026-11-25']);
  });
});

describe('snooze and dismiss', () => {
  it('survive a restart (the database opened again), and a deadline moved earlier reminds again', async () => {
    const name = db.name;
    const cases = caseRepository(db);
    const a = await cases.create(defaultTemplateFor('en'), input);
    const b = await cases.create(defaultTemplateFor('en'), { ...input, title: 'Gym' });
    await cases.edit(a.id, (c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2026-11-20' } }));
    await cases.edit(b.id, (c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2026-11-20' } }));
    const [first, second] = await attentionOn(db, '2026-11-20');
    await reminderRepository(db).snooze(first!, snoozedUntil('oneWeek', '2026-11-20'));
    await reminderRepository(db).dismiss(second!);
    db.close();

    const reopened = open(name);
    expect(await attentionOn(reopened, '2026-11-26')).toEqual([]);
    expect((await attentionOn(reopened, '2026-11-27')).map((item) => item.id)).toEqual([first!.id]);
    await caseRepository(reopened).edit(second!.caseId, (c) => ({ ...c, deadlines: { ...c.deadlines, followUpOn: '2026-11-19' } }));
    expect((await attentionOn(reopened, '2026-11-27')).map((item) => [item.caseTitle, item.dueOn])).toEqual([
      [second!.caseTitle, '2026-11-19'],
      [first!.caseTitle, '2026-11-20'],
    ]);
    reopened.close();
  });

  it('uses the lead days from Settings, and refuses lead days that are not whole days within a year', async () => {
    const settings = settingsRepository(db);
    expect(await settings.reminderLeadDays()).toEqual([7, 1]);
    await settings.setReminderLeadDays([3, 14, 3]);
    expect(await settings.reminderLeadDays()).toEqual([14, 3]);
    await expect(settings.setReminderLeadDays([0])).rejects.toThrow('whole days');
    await expect(settings.setReminderLeadDays([1.5])).rejects.toThrow('whole days');
    const cases = caseRepository(db);
    const made = await cases.create(defaultTemplateFor('en'), input);
    await cases.edit(made.id, (c) => ({ ...c, deadlines: { ...c.deadlines, renewsOn: '2026-12-31', noticePeriod: { count: 1, unit: 'months' } } }));
    // Cancel by 30 November: 14 days before is the 16th.
    expect(await attentionOn(db, '2026-11-15')).toEqual([]);
    expect((await attentionOn(db, '2026-11-16')).map((item) => item.lead)).toEqual([14]);
  });
});
