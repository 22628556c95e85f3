import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { CaseSchema } from '@shared/domain/caseSchema';
import { newCase } from '@shared/domain/newCase';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { JournalDatabase } from '../journalDatabase';

const name = `v6-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

/** A case as version 5 stored it: no country, no dates. */
function version5Case(id: string, currency: string, providerName = 'Axis') {
  const { country: _country, deadlines: _deadlines, ...made } = newCase(
    defaultTemplateFor('en'),
    { title: `Case ${id}`, providerName, account: '', category: 'phone_esim', currency },
    new Date('2026-10-28T12:00:00.000Z'),
    () => crypto.randomUUID(),
  );
  return { ...made, id };
}

async function openVersion5(): Promise<Dexie> {
  const old = new Dexie(name);
  v1(old);
  v2(old);
  v3(old);
  v4(old);
  v5(old);
  await old.open();
  return old;
}

describe('schema version 6', () => {
  it('gives every stored case its country from its currency and every date unknown, valid as the app writes it', async () => {
    const old = await openVersion5();
    await old.table('cases').bulkAdd([version5Case('a', 'IDR'), version5Case('b', 'EUR')]);
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    const [a, b] = await db.cases.bulkGet(['a', 'b']);
    expect(a?.country).toBe('ID');
    expect(b?.country).toBeNull();
    expect(a?.deadlines).toEqual({
      renewsOn: null,
      noticePeriod: null,
      trialEndsOn: null,
      followUpOn: null,
      refundDueOn: null,
      disputedChargeOn: null,
      disputeWindowDays: null,
    });
    expect(CaseSchema.safeParse(a).success).toBe(true);
    expect(await db.listEntries.count()).toBe(2);
    db.close();
  });

  it('finds the most recent case of a provider by its name, without reading the others', async () => {
    const old = await openVersion5();
    await old.table('cases').bulkAdd([
      { ...version5Case('old', 'IDR'), updatedAt: '2026-01-01T00:00:00.000Z' },
      { ...version5Case('new', 'CNY'), updatedAt: '2026-06-01T00:00:00.000Z' },
      { ...version5Case('other', 'USD', 'Netflix'), updatedAt: '2026-09-01T00:00:00.000Z' },
    ]);
    old.close();
    const db = new JournalDatabase(name);
    await db.open();
    const latest = await db.cases.where('[provider.name+updatedAt]').between(['Axis', Dexie.minKey], ['Axis', Dexie.maxKey]).last();
    expect(latest?.id).toBe('new');
    db.close();
  });
});
