import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
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
});
