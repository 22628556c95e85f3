import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { v1 } from './v1';

let db: Dexie | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('schema version 1', () => {
  it('creates the tables and the indexes the first case list relied on', async () => {
    db = new Dexie(`v1-${crypto.randomUUID()}`);
    v1(db);
    await db.open();
    const indexes = db.table('cases').schema.indexes.map((index) => index.name);
    expect(indexes).toEqual(
      expect.arrayContaining(['[inTrash+updatedAt]', '[inTrash+status+updatedAt]', '[inTrash+category+updatedAt]', 'searchWords']),
    );
    expect(db.table('cases').schema.indexes.find((index) => index.name === 'searchWords')?.multi).toBe(true);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['cases', 'settings', 'templates']);
  });
});
