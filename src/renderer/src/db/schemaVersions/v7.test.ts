import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { newCase } from '@shared/domain/newCase';
import { changeStatus } from '@shared/domain/statusChange';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import * as phoneAccounts from '@shared/domain/phoneAccount';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { JournalDatabase } from '../journalDatabase';
import { listEntryOf } from '../listEntries';

const name = `v7-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

function storedCase(id: string, title: string) {
  const made = newCase(
    defaultTemplateFor('en'),
    { title, providerName: 'Axis', account: '0812', category: 'phone_esim', currency: 'IDR', country: 'ID' },
    new Date('2026-11-02T09:00:00.000Z'),
    () => crypto.randomUUID(),
  );
  return { ...made, id };
}

async function openVersion6(): Promise<Dexie> {
  const old = new Dexie(name);
  for (const version of [v1, v2, v3, v4, v5, v6]) version(old);
  await old.open();
  return old;
}

describe('schema version 7', () => {
  it('gives every stored case its list row, made from the case, and keeps the cases and list entries as they were', async () => {
    const draft = storedCase('a', 'Axis eSIM');
    const checklist = draft.checklist.map((item) => ({ ...item, state: 'done' as const }));
    const underReview = changeStatus({ ...storedCase('b', 'Netflix'), checklist }, 'under_review', '2026-11-20', new Date('2026-11-20T10:00:00.000Z'));
    const submitted = { ...underReview, submission: { ...underReview.submission, submittedOn: '2026-11-20', reviewBusinessDays: 5 } };
    const old = await openVersion6();
    await old.table('cases').bulkAdd([draft, submitted]);
    await old.table('listEntries').bulkAdd([listEntryOf(draft, phoneAccounts), listEntryOf(submitted, phoneAccounts)]);
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    const [a, b] = await db.caseRows.bulkGet(['a', 'b']);
    expect(a).toEqual({
      id: 'a',
      title: 'Axis eSIM',
      status: 'draft',
      providerName: 'Axis',
      progress: { finished: 0, total: draft.checklist.length },
      next: { kind: 'checklist', title: draft.checklist[0]!.title },
      decisionOn: null,
      proof: 'missing',
      review: null,
      country: 'ID',
    });
    expect(b).toMatchObject({
      id: 'b',
      title: 'Netflix',
      status: 'under_review',
      progress: { finished: checklist.length, total: checklist.length },
      review: { submittedOn: '2026-11-20', days: 5 },
      // Five business days after Friday 20 November, weekends skipped (holidays are the row's to skip, at display).
      decisionOn: '2026-11-27',
    });
    expect(await db.cases.get('a')).toEqual(draft);
    expect(await db.listEntries.count()).toBe(2);
    db.close();
  });

  it('upgrades an empty journal to an empty table of rows', async () => {
    (await openVersion6()).close();
    const db = new JournalDatabase(name);
    await db.open();
    expect(await db.caseRows.count()).toBe(0);
    db.close();
  });
});
