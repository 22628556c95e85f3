import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { CaseSchema } from '@shared/domain/caseSchema';
import { newCase } from '@shared/domain/newCase';
import { TimelineSchema } from '@shared/domain/timelineSchema';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { JournalDatabase } from '../journalDatabase';
import { timelineOf } from '../caseRepository';

const name = `v5-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

describe('schema version 5', () => {
  it('gives every stored case a timeline made of its status history, each change with its own day and recording time', async () => {
    const old = new Dexie(name);
    v1(old);
    v2(old);
    v3(old);
    v4(old);
    await old.open();
    const made = newCase(
      defaultTemplateFor('en'),
      { title: 'Axis eSIM', providerName: 'Axis', account: '', category: 'phone_esim', currency: 'IDR' },
      new Date('2026-10-28T12:00:00.000Z'),
      () => crypto.randomUUID(),
    );
    const record = {
      ...made,
      id: 'a',
      status: 'confirmed' as const,
      statusHistory: [
        { status: 'draft' as const, on: '2026-10-28', recordedAt: '2026-10-28T12:00:00.000Z' },
        { status: 'submitted' as const, on: '2026-11-02', recordedAt: '2026-11-26T09:00:00.000Z' },
        { status: 'confirmed' as const, on: '2026-11-08', recordedAt: '2026-11-26T09:05:00.000Z' },
      ],
    };
    await old.table('cases').bulkAdd([record, { ...record, id: 'b', status: 'draft', statusHistory: record.statusHistory.slice(0, 1) }]);
    old.close();

    const db = new JournalDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    const timeline = await timelineOf(db, 'a');
    expect(timeline.map(({ caseId, id, kind, on, recordedAt, corrects, ...rest }) => [caseId, id, kind, on, recordedAt, corrects, rest])).toEqual([
      ['a', 'status-0', 'status', '2026-10-28', '2026-10-28T12:00:00.000Z', null, { status: 'draft', from: null }],
      ['a', 'status-1', 'status', '2026-11-02', '2026-11-26T09:00:00.000Z', null, { status: 'submitted', from: 'draft' }],
      ['a', 'status-2', 'status', '2026-11-08', '2026-11-26T09:05:00.000Z', null, { status: 'confirmed', from: 'submitted' }],
    ]);
    // Valid as a file would carry it, so the case exports.
    expect(TimelineSchema.safeParse(timeline.map(({ caseId: _caseId, ...entry }) => entry)).success).toBe(true);
    expect((await timelineOf(db, 'b')).map((entry) => entry.id)).toEqual(['status-0']);
    // The cases themselves are untouched.
    expect(await db.cases.get('a')).toEqual(record);
    db.close();
  });

  it('opens an empty journal of version 4 with an empty timeline', async () => {
    const old = new Dexie(name);
    v1(old);
    v2(old);
    v3(old);
    v4(old);
    await old.open();
    old.close();
    const db = new JournalDatabase(name);
    await db.open();
    expect(await db.timeline.count()).toBe(0);
    db.close();
  });

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
    expect(db.verno).toBeGreaterThanOrEqual(5);
    const upgraded = await db.cases.get('with');
    expect(CaseSchema.safeParse(upgraded).error).toBeUndefined();
    expect(upgraded?.attachments.map(({ kind, stepId, deletedAt }) => ({ kind, stepId, deletedAt }))).toEqual([
      { kind: 'confirmation', stepId: null, deletedAt: null },
      { kind: 'other', stepId: null, deletedAt: null },
    ]);
    expect((await db.cases.get('without'))?.attachments).toEqual([]);
    // List entries are made anew with the proof status the evidence gives.
    expect((await db.listEntries.get('with'))?.p).toBe('complete');
    expect((await db.listEntries.get('without'))?.p).toBe('missing');
    expect(await db.attachmentContents.get('Account closed.eml')).toEqual({ id: 'Account closed.eml', caseId: 'with', data: new Uint8Array([1, 2, 3]) });
    db.close();
  });
});
