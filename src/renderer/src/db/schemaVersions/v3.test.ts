import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import type { StoredListEntry } from '../listEntries';

const name = `v3-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema version 3', () => {
  it('builds a list entry with its search words for every case and slims the cases', async () => {
    const old = new Dexie(name);
    v1(old);
    v2(old);
    await old.table('cases').bulkAdd([
      { id: 'a', title: 'Axis', provider: { name: 'Axis' }, account: '', notes: '', tags: [], status: 'submitted', category: 'streaming', deletedAt: null, inTrash: 0, updatedAt: '2026-01-02T00:00:00.000Z', searchWords: ['axis'], attachments: [] },
      { id: 'b', title: '保号卡', provider: { name: '' }, account: '', notes: '', tags: [], status: 'draft', category: 'other', deletedAt: '2026-01-03T00:00:00.000Z', inTrash: 1, updatedAt: '2026-01-03T00:00:00.000Z', searchWords: ['保号'], attachments: [] },
    ]);
    old.close();

    const db = new Dexie(name);
    v1(db);
    v2(db);
    v3(db);
    await db.open();
    expect(db.verno).toBe(3);
    const entries = (await db.table('listEntries').orderBy('id').toArray()) as StoredListEntry[];
    // (Later versions add to the entry: `p`, the proof status, since version 5.)
    expect(entries.map(({ w: _w, p: _p, ...entry }) => entry)).toEqual([
      { id: 'a', u: '2026-01-02T00:00:00.000Z', s: 'submitted', c: 'streaming', t: 0 },
      { id: 'b', u: '2026-01-03T00:00:00.000Z', s: 'draft', c: 'other', t: 1 },
    ]);
    expect(entries[0]!.w).toContain('axis');
    expect(entries[1]!.w).toContain('保号');
    expect(db.table('cases').schema.indexes.map((index) => index.name)).toEqual(['updatedAt']);
    expect(await db.table('cases').get('a')).not.toHaveProperty('inTrash');
    expect(await db.table('cases').get('a')).not.toHaveProperty('searchWords');
    db.close();
  });
});
