import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { v1 } from './v1';
import { v2 } from './v2';

const name = `v2-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema version 2', () => {
  it('gives cases stored by version 1 an empty attachment list and adds the contents table', async () => {
    const old = new Dexie(name);
    v1(old);
    await old.table('cases').add({ id: 'c1', title: 'Old case', inTrash: 0, updatedAt: '2026-01-01T00:00:00.000Z', searchWords: [] });
    old.close();

    const db = new Dexie(name);
    v1(db);
    v2(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect((await db.table('cases').get('c1'))?.attachments).toEqual([]);
    expect(db.tables.map((table) => table.name)).toContain('attachmentContents');
    db.close();
  });
});
