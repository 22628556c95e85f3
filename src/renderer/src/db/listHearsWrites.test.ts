import { afterEach, describe, expect, it } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { newCase } from '@shared/domain/newCase';
import * as phoneAccounts from '@shared/domain/phoneAccount';
import { JournalDatabase } from './journalDatabase';
import { caseOrder } from './caseOrder';
import { listEntryOf } from './listEntries';

const dbs: JournalDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});
function freshDb() {
  const db = new JournalDatabase(`hears-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}

let counter = 0;
function caseAndEntry(title: string, at: string) {
  const journalCase = newCase(
    defaultTemplateFor('en'),
    { title, providerName: 'Axis', account: '', category: 'other', currency: 'USD' },
    new Date(at),
    () => `id-${++counter}`,
  );
  return { journalCase, entry: listEntryOf(journalCase, phoneAccounts) };
}

const journal = { view: 'journal' as const, status: null, category: null };

/** The list follows the database, whoever writes to it: no caller reports its writes. */
describe('the list hears writes from the database', () => {
  it('follows a write made without the repository, once it has committed', async () => {
    const db = freshDb();
    const order = caseOrder(db);
    await order.load();
    const { journalCase, entry } = caseAndEntry('Written behind the list’s back', '2026-11-26T10:00:00.000Z');
    await db.transaction('rw', db.cases, db.listEntries, async () => {
      await db.cases.put(journalCase);
      await db.listEntries.put(entry);
      // Not committed yet: the list does not show it.
      expect(order.select(journal).map((e) => e.id)).toEqual([]);
    });
    expect(order.select(journal).map((e) => e.id)).toEqual([journalCase.id]);
    expect(order.select(journal, ['behind']).map((e) => e.id)).toEqual([journalCase.id]);

    await db.listEntries.delete(journalCase.id);
    expect(order.select(journal)).toEqual([]);
  });

  it('never hears a transaction that was rolled back', async () => {
    const db = freshDb();
    const order = caseOrder(db);
    await order.load();
    const { entry } = caseAndEntry('Never written', '2026-11-26T10:00:00.000Z');
    await expect(
      db.transaction('rw', db.listEntries, async () => {
        await db.listEntries.put(entry);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(order.select(journal)).toEqual([]);
  });

  it('reads the whole list again after a write of many entries (an import) instead of applying each', async () => {
    const db = freshDb();
    const order = caseOrder(db);
    await order.load();
    const generation = order.generation;
    const entries = Array.from({ length: 6_000 }, (_, i) => caseAndEntry(`Case ${i}`, new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()).entry);
    await db.listEntries.bulkPut(entries);
    expect(order.generation).toBe(generation + 1);
    await order.load();
    expect(order.select(journal)).toHaveLength(6_000);
  });
});
