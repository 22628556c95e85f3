import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { v1 } from './v1';
import { v2 } from './v2';
import { JournalDatabase } from '../journalDatabase';

const name = `v3-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema version 3', () => {
  it('builds a list entry for every case and slims the case indexes', async () => {
    const old = new Dexie(name);
    v1(old);
    v2(old);
    await old.table('cases').bulkAdd([
      { id: 'a', title: 'A', status: 'submitted', category: 'streaming', deletedAt: null, inTrash: 0, updatedAt: '2026-01-02T00:00:00.000Z', searchWords: ['a'], attachments: [] },
      { id: 'b', title: 'B', status: 'draft', category: 'other', deletedAt: '2026-01-03T00:00:00.000Z', inTrash: 1, updatedAt: '2026-01-03T00:00:00.000Z', searchWords: ['b'], attachments: [] },
    ]);
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.listEntries.orderBy('id').toArray()).toEqual([
      { id: 'a', u: '2026-01-02T00:00:00.000Z', s: 'submitted', c: 'streaming', t: 0 },
      { id: 'b', u: '2026-01-03T00:00:00.000Z', s: 'draft', c: 'other', t: 1 },
    ]);
    expect(db.cases.schema.indexes.map((index) => index.name).sort()).toEqual(['searchWords', 'updatedAt']);
    expect(await db.cases.get('a')).not.toHaveProperty('inTrash');
    expect((await db.cases.where('searchWords').equals('b').primaryKeys())).toEqual(['b']);
    db.close();
  });
});
