import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { CaseSchema } from '@shared/domain/caseSchema';
import { newCase } from '@shared/domain/newCase';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { JournalDatabase } from '../journalDatabase';

const name = `v5-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema version 5', () => {
  it('gives every stored attachment a kind, no step and no Trash date, and leaves its bytes alone', async () => {
    const old = new Dexie(name);
    v1(old);
    v2(old);
    v3(old);
    v4(old);
    const current = newCase(
      defaultTemplateFor('en'),
      { title: 'Axis eSIM', providerName: 'Axis', account: '', category: 'phone_esim', currency: 'IDR' },
      new Date('2026-11-01T10:00:00.000Z'),
      () => crypto.randomUUID(),
    );
    const stored = (name: string, mediaType: string) => ({ id: name, name, mediaType, size: 3, sha256: 'b'.repeat(64), addedAt: '2026-11-08T10:00:00.000Z' });
    await old.table('cases').bulkAdd([
      { ...current, id: 'with', attachments: [stored('Account closed.eml', 'message/rfc822'), stored('IMG_1.heic', 'image/heic')] },
      { ...current, id: 'without', attachments: [] },
    ]);
    await old.table('attachmentContents').add({ id: 'Account closed.eml', caseId: 'with', data: new Uint8Array([1, 2, 3]) });
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    const upgraded = await db.cases.get('with');
    expect(CaseSchema.safeParse(upgraded).error).toBeUndefined();
    expect(upgraded?.attachments.map(({ kind, stepId, deletedAt }) => ({ kind, stepId, deletedAt }))).toEqual([
      { kind: 'confirmation', stepId: null, deletedAt: null },
      { kind: 'other', stepId: null, deletedAt: null },
    ]);
    expect((await db.cases.get('without'))?.attachments).toEqual([]);
    expect(await db.attachmentContents.get('Account closed.eml')).toEqual({ id: 'Account closed.eml', caseId: 'with', data: new Uint8Array([1, 2, 3]) });
    db.close();
  });
});
