import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { JournalDatabase } from '../../db/journalDatabase';
import { caseRepository } from '../../db/caseRepository';
import { orderEntryOf } from '../../db/listEntries';
import { cachedRow, loadVisibleRows } from './caseRowCache';

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('loadVisibleRows', () => {
  it('reads one screen at a time: a screen scrolled past before its turn is never read', async () => {
    const cases = caseRepository(db);
    const created = [];
    for (let i = 0; i < 9; i += 1) {
      created.push(await cases.create(defaultTemplateFor('en'), { title: `Case ${i}`, providerName: 'Axis', account: '', category: 'other', currency: 'EUR' }));
    }
    const screens = [created.slice(0, 3), created.slice(3, 6), created.slice(6, 9)].map((screen) => screen.map(orderEntryOf));
    const reads = vi.spyOn(db.cases, 'bulkGet');
    const first = loadVisibleRows(db, screens[0]!);
    const passed = loadVisibleRows(db, screens[1]!);
    const last = loadVisibleRows(db, screens[2]!);
    await Promise.all([first, passed, last]);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(screens[0]!.every((entry) => cachedRow(db, entry))).toBe(true);
    expect(screens[1]!.some((entry) => cachedRow(db, entry))).toBe(false);
    expect(screens[2]!.map((entry) => cachedRow(db, entry)?.title)).toEqual(['Case 6', 'Case 7', 'Case 8']);
  });
});
