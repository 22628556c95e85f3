import { afterEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '../journalDatabase';

let db: JournalDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('schema version 1', () => {
  it('creates the tables and the indexes the case list relies on', async () => {
    db = new JournalDatabase(`schema-${crypto.randomUUID()}`);
    await db.open();
    const indexes = db.cases.schema.indexes.map((index) => index.name);
    expect(indexes).toEqual(
      expect.arrayContaining(['[inTrash+updatedAt]', '[inTrash+status+updatedAt]', '[inTrash+category+updatedAt]', 'searchWords']),
    );
    expect(db.cases.schema.indexes.find((index) => index.name === 'searchWords')?.multi).toBe(true);
    expect(db.tables.map((table) => table.name)).toEqual(expect.arrayContaining(['cases', 'settings', 'templates']));
  });
});
