import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { CaseSchema } from '@shared/domain/caseSchema';
import { newCase } from '@shared/domain/newCase';
import { changeStatus } from '@shared/domain/statusChange';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { JournalDatabase } from '../journalDatabase';

const name = `v10-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

const now = new Date('2026-10-28T12:00:00.000Z');

/** A case as version 6 stored it: no recurring fee. */
function version6Case(id: string, currency: string) {
  const { recurringFee: _fee, ...made } = newCase(
    defaultTemplateFor('en'),
    { title: `Case ${id}`, providerName: 'Axis', account: '', category: 'phone_esim', currency, country: null },
    now,
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

describe('schema version 10', () => {
  it('gives every stored case an unknown recurring fee, valid as the app writes it, and its money record', async () => {
    const old = await openVersion6();
    const confirmed = changeStatus({ ...version6Case('b', 'EUR'), balance: { amount: '12.5', currency: 'EUR', outcome: 'forfeited', refunded: null } } as never, 'confirmed', '2026-10-20', now);
    await old.table('cases').bulkAdd([version6Case('a', 'IDR'), confirmed, { ...version6Case('c', 'USD'), deletedAt: '2026-10-29T00:00:00.000Z' }]);
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(10);
    const [a, b] = await db.cases.bulkGet(['a', 'b']);
    // Spelled out: an expectation should not be the constant it checks.
    expect(a?.recurringFee).toEqual({ amount: null, period: 'monthly' });
    expect(CaseSchema.safeParse(a).success).toBe(true);
    expect(CaseSchema.safeParse(b).success).toBe(true);
    expect(await db.caseMoney.orderBy('id').toArray()).toEqual([
      { id: 'a', status: 'draft', inTrash: 0, currency: 'IDR', outcome: 'none', amount: null, refunded: null, fee: null, period: 'monthly', confirmedOn: null },
      { id: 'b', status: 'confirmed', inTrash: 0, currency: 'EUR', outcome: 'forfeited', amount: '12.5', refunded: null, fee: null, period: 'monthly', confirmedOn: '2026-10-20' },
      { id: 'c', status: 'draft', inTrash: 1, currency: 'USD', outcome: 'none', amount: null, refunded: null, fee: null, period: 'monthly', confirmedOn: null },
    ]);
    db.close();
  });
});
