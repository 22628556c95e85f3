import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { newCase } from '@shared/domain/newCase';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { JournalDatabase } from '../journalDatabase';

const name = `v9-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

function storedCase(id: string, followUpOn: string | null, deletedAt: string | null = null) {
  const made = newCase(
    defaultTemplateFor('en'),
    { title: `Case ${id}`, providerName: 'Axis', account: '', category: 'phone_esim', currency: 'IDR', country: 'ID' },
    new Date('2026-10-28T12:00:00.000Z'),
    () => crypto.randomUUID(),
  );
  return { ...made, id, deadlines: { ...made.deadlines, followUpOn }, deletedAt };
}

describe('schema version 9', () => {
  it('enters the watched dates of every stored case (none of a case in the Trash) and starts with no reminder snoozed or dismissed', async () => {
    const old = new Dexie(name);
    for (const version of [v1, v2, v3, v4, v5, v6]) version(old);
    await old.open();
    await old.table('cases').bulkAdd([
      storedCase('a', '2026-11-20'),
      storedCase('b', null),
      storedCase('c', '2026-11-21', '2026-11-01T00:00:00.000Z'),
    ]);
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(9);
    expect(await db.deadlineEntries.toArray()).toEqual([{ caseId: 'a', kind: 'followUp', on: '2026-11-20', caseTitle: 'Case a' }]);
    // Indexed by the day: what can fire by a day is one range read.
    expect(await db.deadlineEntries.where('on').belowOrEqual('2026-11-19').count()).toBe(0);
    expect(await db.deadlineEntries.where('on').belowOrEqual('2026-11-20').count()).toBe(1);
    expect(await db.reminderStates.count()).toBe(0);
    db.close();
  });
});
