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
import { v7 } from './v7';
import { v9 } from './v9';
import { v10 } from './v10';
import { v11 } from './v11';
import { JournalDatabase } from '../journalDatabase';

const name = `v12-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

function storedCase(id: string, deadlines: { renewsOn: string; trialEndsOn: string }) {
  const made = newCase(
    defaultTemplateFor('en'),
    { title: `Case ${id}`, providerName: 'FitCo', account: '', category: 'other', currency: 'USD', country: 'US' },
    new Date('2026-11-01T12:00:00.000Z'),
    () => crypto.randomUUID(),
  );
  return { ...made, id, deadlines: { ...made.deadlines, ...deadlines, noticePeriod: null } };
}

describe('schema version 12', () => {
  it('drops the trial-end reminder a trial ending on the cancel-by day got besides it, keeps a later trial’s and every snooze', async () => {
    const old = new Dexie(name);
    for (const version of [v1, v2, v3, v4, v5, v6, v7, v9, v10, v11]) version(old);
    await old.open();
    // Renews on 2 December: cancel by 1 December. One trial ends that day, another after it.
    const sameDay = storedCase('same', { renewsOn: '2026-12-02', trialEndsOn: '2026-12-01' });
    const later = storedCase('later', { renewsOn: '2026-12-02', trialEndsOn: '2026-12-20' });
    await old.table('cases').bulkAdd([sameDay, later]);
    // What version 11's app wrote for them (the old rule watched both trials).
    await old.table('deadlineEntries').bulkPut([
      { caseId: 'same', kind: 'cancelBy', on: '2026-12-01', caseTitle: 'Case same' },
      { caseId: 'same', kind: 'trialEnds', on: '2026-12-01', caseTitle: 'Case same' },
      { caseId: 'later', kind: 'cancelBy', on: '2026-12-01', caseTitle: 'Case later' },
      { caseId: 'later', kind: 'trialEnds', on: '2026-12-20', caseTitle: 'Case later' },
    ]);
    await old.table('reminderStates').put({ eventId: 'same|cancelBy|2026-12-01|7', caseId: 'same', dismissed: false, snoozedUntil: '2026-11-27' });
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(12);
    const kinds = (await db.deadlineEntries.toArray()).map((entry) => `${entry.caseId} ${entry.kind} ${entry.on}`).sort();
    expect(kinds).toEqual(['later cancelBy 2026-12-01', 'later trialEnds 2026-12-20', 'same cancelBy 2026-12-01']);
    expect(await db.reminderStates.count()).toBe(1);
    db.close();
  });
});
