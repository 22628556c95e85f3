import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { v7 } from './v7';
import { v9 } from './v9';
import { v10 } from './v10';
import { JournalDatabase } from '../journalDatabase';

const name = `v11-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema version 11', () => {
  it('keeps every attachment’s bytes where they were: they move to files after the journal opens, never inside the upgrade', async () => {
    const old = new Dexie(name);
    for (const version of [v1, v2, v3, v4, v5, v6, v7, v9, v10]) version(old);
    await old.open();
    const scan = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await old.table('attachmentContents').bulkAdd([
      { id: 'scan', caseId: 'a', data: scan },
      { id: 'letter', caseId: 'b', data: new TextEncoder().encode('Dear Axis, I cancel.') },
    ]);
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(11);
    expect(await db.attachmentContents.where('caseId').equals('a').primaryKeys()).toEqual(['scan']);
    expect([...(await db.attachmentContents.get('scan'))!.data]).toEqual([...scan]);
    expect(new TextDecoder().decode((await db.attachmentContents.get('letter'))!.data)).toBe('Dear Axis, I cancel.');
    db.close();
  });
});
