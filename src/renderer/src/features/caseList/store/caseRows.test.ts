import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { JournalDatabase } from '../../../db/journalDatabase';
import { caseRepository } from '../../../db/caseRepository';
import { orderEntryOf } from '../../../db/listEntries';
import { CaseRows } from './caseRows';

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function screensOf(count: number) {
  const cases = caseRepository(db);
  const created = [];
  for (let i = 0; i < count; i += 1) {
    created.push(await cases.create(defaultTemplateFor('en'), { title: `Case ${i}`, providerName: 'Axis', account: '', category: 'other', currency: 'EUR' }));
  }
  return { cases, created, screens: [created.slice(0, 3), created.slice(3, 6), created.slice(6, 9)].map((screen) => screen.map(orderEntryOf)) };
}

describe('CaseRows', () => {
  it('reads one screen at a time: a screen scrolled past before its turn is never read', async () => {
    const { screens } = await screensOf(9);
    const rows = new CaseRows(db, () => undefined);
    const reads = vi.spyOn(db.caseRows, 'bulkGet');
    const wholeCases = vi.spyOn(db.cases, 'bulkGet');
    const first = rows.readVisible(screens[0]!);
    const passed = rows.readVisible(screens[1]!);
    const last = rows.readVisible(screens[2]!);
    await Promise.all([first, passed, last]);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(wholeCases).not.toHaveBeenCalled();
    expect(screens[0]!.every((entry) => rows.row(entry))).toBe(true);
    expect(screens[1]!.some((entry) => rows.row(entry))).toBe(false);
    expect(screens[2]!.map((entry) => rows.row(entry)?.title)).toEqual(['Case 6', 'Case 7', 'Case 8']);
  });

  it('never shows a changed case’s old row, and trusts nothing read before it was told to forget', async () => {
    const { cases, created, screens } = await screensOf(3);
    const rows = new CaseRows(db, () => undefined);
    await rows.read(screens[0]!);
    const edited = await cases.edit(created[0]!.id, (c) => ({ ...c, title: 'Renamed' }));
    expect(rows.row(orderEntryOf(edited))).toBeUndefined();
    expect(rows.row(screens[0]![0]!)?.title).toBe('Case 0');

    const reading = rows.read([orderEntryOf(edited)]);
    rows.forget();
    await reading;
    expect(rows.row(orderEntryOf(edited))).toBeUndefined();
    expect(rows.row(screens[0]![1]!)).toBeUndefined();
  });

  it('makes the row of a case whose stored row is missing from the case itself', async () => {
    const { created, screens } = await screensOf(2);
    // A path that wrote the case and its list entry but not its row.
    await db.caseRows.delete(created[1]!.id);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const rows = new CaseRows(db, () => undefined);
    await rows.read(screens[0]!.slice(0, 2));
    expect(screens[0]!.slice(0, 2).map((entry) => rows.row(entry)?.title)).toEqual(['Case 0', 'Case 1']);
    // …and says so, since every write path should have written it.
    expect(warned).toHaveBeenCalledWith('The list rows of 1 case(s) were missing and were read from the cases', [created[1]!.id]);
    warned.mockRestore();
  });
});
