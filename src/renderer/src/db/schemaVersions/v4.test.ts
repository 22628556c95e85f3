import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { CaseSchema } from '@shared/domain/caseSchema';
import { newCase } from '@shared/domain/newCase';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { JournalDatabase } from '../journalDatabase';

const name = `v4-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

/** A whole case as database versions 1–3 stored it: amounts in minor units, status changes with `at` only. */
function storedBeforeVersion4(id: string) {
  let counter = 0;
  const current = newCase(
    defaultTemplateFor('en'),
    { title: 'Axis eSIM', providerName: 'Axis', account: '+62 838 1234 4821', category: 'phone_esim', currency: 'IDR' },
    new Date('2026-10-28T12:00:00.000Z'),
    () => `${id}-${++counter}`,
  );
  return {
    ...current,
    id,
    balance: { amountMinor: 150000, currency: 'IDR', outcome: 'refund_requested', refundedMinor: null },
    orders: [{ id: 'o1', reference: 'INV-7', description: 'Last month', amountMinor: 1250, currency: 'USD', dueOn: null, status: 'open' }],
    status: 'confirmed',
    submission: { ...current.submission, submittedOn: '2026-11-02', referenceNumber: 'REQ-55120' },
    confirmation: { ...current.confirmation, confirmedOn: '2026-11-08', confirmationNumber: 'AX-7781' },
    statusHistory: [
      { status: 'draft', at: '2026-10-28T12:00:00.000Z' },
      { status: 'submitted', at: '2026-11-26T09:00:00.000Z' },
      { status: 'confirmed', at: '2026-11-26T09:05:00.000Z' },
    ],
    updatedAt: '2026-11-26T09:05:00.000Z',
  };
}

async function expectCurrent(db: JournalDatabase, id: string) {
  const stored = await db.cases.get(id);
  // The whole case is valid as the app defines it today.
  expect(CaseSchema.safeParse(stored).error).toBeUndefined();
  expect(stored?.balance).toEqual({ amount: '150000', currency: 'IDR', outcome: 'refund_requested', refunded: null });
  expect(stored?.orders[0]?.amount).toBe('12.5');
  expect(stored?.statusHistory.map((change) => [change.status, change.on, change.recordedAt])).toEqual([
    ['draft', '2026-10-28', '2026-10-28T12:00:00.000Z'],
    ['submitted', '2026-11-02', '2026-11-26T09:00:00.000Z'],
    ['confirmed', '2026-11-08', '2026-11-26T09:05:00.000Z'],
  ]);
  const entry = await db.listEntries.get(id);
  expect(entry).toMatchObject({ id, u: '2026-11-26T09:05:00.000Z', s: 'confirmed', c: 'phone_esim', t: 0 });
  // Made anew: found by the reference number, and by the account's national form.
  expect(entry?.w.split(' ')).toEqual(expect.arrayContaining(['req55120', '083812344821']));
}

describe('schema version 4', () => {
  it('upgrades a whole case stored by version 3 to amounts as decimals and dated status changes', async () => {
    const old = new Dexie(name);
    v1(old);
    v2(old);
    v3(old);
    const record = storedBeforeVersion4('a');
    await old.table('cases').add(record);
    await old.table('listEntries').add({ id: 'a', u: record.updatedAt, s: 'confirmed', c: 'phone_esim', t: 0, w: 'axis' });
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    // Through every later version too (5 gives attachments their kinds and cases their timelines).
    expect(db.verno).toBeGreaterThanOrEqual(4);
    await expectCurrent(db, 'a');
    db.close();
  });

  it('upgrades a whole case stored by version 2 through versions 3 and 4 to the current one', async () => {
    const old = new Dexie(name);
    v1(old);
    v2(old);
    // Version 2 brought evidence: a case with an attachment, its bytes in their own table.
    const attachment = { id: 'att-1', name: 'confirmation.pdf', mediaType: 'application/pdf', size: 3, sha256: 'a'.repeat(64), addedAt: '2026-11-08T10:00:00.000Z' };
    const record = { ...storedBeforeVersion4('d'), attachments: [attachment] };
    await old.table('cases').add({ ...record, inTrash: 0, searchWords: ['axis'] });
    await old.table('attachmentContents').add({ id: 'att-1', caseId: 'd', data: new Uint8Array([1, 2, 3]) });
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    await expectCurrent(db, 'd');
    expect(await db.cases.get('d')).not.toHaveProperty('searchWords');
    expect((await db.cases.get('d'))?.attachments).toEqual([{ ...attachment, kind: 'confirmation', stepId: null, deletedAt: null }]);
    expect(await db.attachmentContents.get('att-1')).toEqual({ id: 'att-1', caseId: 'd', data: new Uint8Array([1, 2, 3]) });
    db.close();
  });

  it('upgrades a whole case stored by version 1 through every version to the current one', async () => {
    const old = new Dexie(name);
    v1(old);
    const { attachments: _attachments, ...record } = storedBeforeVersion4('b');
    await old.table('cases').add({ ...record, inTrash: 0, searchWords: ['axis'] });
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    await expectCurrent(db, 'b');
    expect(await db.cases.get('b')).not.toHaveProperty('inTrash');
    db.close();
  });
});
