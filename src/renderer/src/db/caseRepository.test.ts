import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { JournalDatabase } from './journalDatabase';
import { caseRepository, CaseNotFound } from './caseRepository';
import { emptyFilter, trashCount } from './caseListQuery';
import { caseListIds } from '../features/caseList/store/listedIds.test-support';

let db: JournalDatabase;
let tick: number;
const clock = () => new Date(Date.UTC(2026, 10, 2, 9, 0, 0) + tick++ * 1000);

beforeEach(() => {
  tick = 0;
  db = new JournalDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const input = (title: string, extra: Partial<{ providerName: string; account: string; category: 'streaming' | 'phone_esim' }> = {}) => ({
  title,
  providerName: extra.providerName ?? 'Axis',
  account: extra.account ?? '',
  category: extra.category ?? ('phone_esim' as const),
  currency: 'IDR',
});

describe('the country of a new case', () => {
  it("is the country of the provider's most recent case, else the user's region", async () => {
    const cases = caseRepository(db, clock);
    const template = defaultTemplateFor('en');
    const first = await cases.create(template, input('Axis one'), () => 'ID');
    expect(first.country).toBe('ID');
    await cases.edit(first.id, (c) => ({ ...c, country: 'SG' }));
    // The user's region is now China, but Axis's latest case says Singapore.
    expect((await cases.create(template, input('Axis two'), () => 'CN')).country).toBe('SG');
    expect((await cases.create(template, input('Netflix', { providerName: 'Netflix' }), () => 'CN')).country).toBe('CN');
    expect((await cases.create(template, input('Unknown', { providerName: '' }), () => null)).country).toBeNull();
  });

  it('is the one given, when given', async () => {
    const cases = caseRepository(db, clock);
    expect((await cases.create(defaultTemplateFor('en'), { ...input('Axis'), country: null }, () => 'ID')).country).toBeNull();
  });
});

describe('caseRepository', () => {
  it('creates a case from a template and finds it again', async () => {
    const cases = caseRepository(db, clock);
    const created = await cases.create(defaultTemplateFor('zh-CN'), input('Axis 保号卡'));
    const found = await cases.get(created.id);
    expect(found).toEqual(created);
    expect(found?.checklist[0]?.title).toBe('用完、转出或申请退还剩余余额');
    const { w, ...entry } = (await db.listEntries.get(created.id))!;
    expect(entry).toEqual({ id: created.id, u: created.updatedAt, s: 'draft', c: 'phone_esim', t: 0, p: 'missing' });
    expect(w).toContain('保号');
  });

  it('saves edits with a new timestamp and keeps the search words current', async () => {
    const cases = caseRepository(db, clock);
    const created = await cases.create(defaultTemplateFor('en'), input('Gym'));
    const edited = await cases.edit(created.id, (c) => ({ ...c, notes: 'Refund promised by Budi' }));
    expect(edited.updatedAt > created.updatedAt).toBe(true);
    expect((await db.listEntries.get(created.id))?.w).toContain('budi');
  });

  it('refuses an invalid edit and leaves the stored case exactly as it was', async () => {
    const cases = caseRepository(db, clock);
    const created = await cases.create(defaultTemplateFor('en'), input('Gym'));
    const before = await db.cases.get(created.id);
    await expect(
      cases.edit(created.id, (c) => ({ ...c, balance: { ...c.balance, amount: '-5' } })),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(cases.edit(created.id, (c) => ({ ...c, balance: { ...c.balance, currency: 'XYZ' } }))).rejects.toThrow();
    await expect(cases.edit(created.id, (c) => ({ ...c, submission: { ...c.submission, submittedOn: '2026-02-30' } }))).rejects.toThrow();
    expect(await db.cases.get(created.id)).toEqual(before);
  });

  it('reports a missing case', async () => {
    await expect(caseRepository(db, clock).edit('nope', (c) => c)).rejects.toBeInstanceOf(CaseNotFound);
  });

  it('records each status change with its time', async () => {
    const cases = caseRepository(db, clock);
    const created = await cases.create(defaultTemplateFor('en'), input('Gym'));
    await cases.setStatus(created.id, 'preparing');
    const submitted = await cases.setStatus(created.id, 'submitted');
    expect(submitted.statusHistory.map((change) => change.status)).toEqual(['draft', 'preparing', 'submitted']);
    expect(submitted.submission.submittedOn).toBe('2026-11-02');
  });

  it('moves cases to the Trash, restores them and empties the Trash', async () => {
    const cases = caseRepository(db, clock);
    const a = await cases.create(defaultTemplateFor('en'), input('A'));
    const b = await cases.create(defaultTemplateFor('en'), input('B'));
    await cases.moveToTrash(a.id);
    await cases.moveToTrash(b.id);
    expect(await trashCount(db)).toBe(2);
    expect(await caseListIds(db, emptyFilter)).toEqual([]);
    await cases.restore(a.id);
    expect(await caseListIds(db, emptyFilter)).toEqual([a.id]);
    await cases.deleteForever(a.id); // not in the Trash: must not delete
    expect(await cases.get(a.id)).toBeDefined();
    expect(await cases.emptyTrash()).toBe(1);
    expect(await cases.get(b.id)).toBeUndefined();
    expect(await trashCount(db)).toBe(0);
  });
});

describe('caseListIds', () => {
  it('orders by last change, filters by status and category, and searches', async () => {
    const cases = caseRepository(db, clock);
    const axis = await cases.create(defaultTemplateFor('en'), input('Axis eSIM', { account: '+62 812 4821' }));
    const netflix = await cases.create(defaultTemplateFor('en'), input('Netflix', { providerName: 'Netflix', category: 'streaming' }));
    const gym = await cases.create(defaultTemplateFor('zh-CN'), input('健身房会员', { providerName: '乐刻' }));
    await cases.edit(gym.id, (c) => ({ ...c, notes: '已申请退款，等待工作日审核' }));
    await cases.setStatus(netflix.id, 'submitted');

    expect(await caseListIds(db, emptyFilter)).toEqual([netflix.id, gym.id, axis.id]);
    await cases.edit(axis.id, (c) => ({ ...c, tags: ['travel'] }));
    expect(await caseListIds(db, emptyFilter)).toEqual([axis.id, netflix.id, gym.id]);

    expect(await caseListIds(db, { ...emptyFilter, status: 'submitted' })).toEqual([netflix.id]);
    expect(await caseListIds(db, { ...emptyFilter, category: 'phone_esim' })).toEqual([axis.id, gym.id]);
    expect(await caseListIds(db, { ...emptyFilter, status: 'draft', category: 'phone_esim' })).toEqual([axis.id, gym.id]);
    expect(await caseListIds(db, { ...emptyFilter, status: 'submitted', category: 'phone_esim' })).toEqual([]);

    expect(await caseListIds(db, { ...emptyFilter, text: 'netf' })).toEqual([netflix.id]);
    expect(await caseListIds(db, { ...emptyFilter, text: '4821' })).toEqual([axis.id]);
    expect(await caseListIds(db, { ...emptyFilter, text: '628124821' })).toEqual([axis.id]);
    expect(await caseListIds(db, { ...emptyFilter, text: '工作日' })).toEqual([gym.id]);
    expect(await caseListIds(db, { ...emptyFilter, text: '退款' })).toEqual([gym.id]);
    expect(await caseListIds(db, { ...emptyFilter, text: 'TRAVEL axis' })).toEqual([axis.id]);
    expect(await caseListIds(db, { ...emptyFilter, text: 'axis netflix' })).toEqual([]);
    expect(await caseListIds(db, { ...emptyFilter, text: 'nothing-like-this' })).toEqual([]);
    expect(await caseListIds(db, { ...emptyFilter, text: 'netflix', status: 'draft' })).toEqual([]);
  });

  it('finds a case by its reference number and its phone account in any form, through the stored words', async () => {
    const cases = caseRepository(db, clock);
    const axis = await cases.create(defaultTemplateFor('en'), input('Axis eSIM', { account: '0838-1234-4821' }));
    const other = await cases.create(defaultTemplateFor('en'), input('Other', { account: '0838 9999 1234' }));
    await cases.edit(axis.id, (c) => ({ ...c, submission: { ...c.submission, referenceNumber: 'REQ-55120' } }));
    for (const text of ['REQ-55120', 'req55120', '55120', '+62 838 1234 4821', '0838-1234-4821', '6283812344821', '8381234'])
      expect(await caseListIds(db, { ...emptyFilter, text }), text).toEqual([axis.id]);
    expect(await caseListIds(db, { ...emptyFilter, text: '0838' })).toEqual([axis.id, other.id]);
  });

  it('finds a case by words added after an earlier search for them', async () => {
    const cases = caseRepository(db, clock);
    const gym = await cases.create(defaultTemplateFor('en'), input('Gym'));
    expect(await caseListIds(db, { ...emptyFilter, text: 'budi' })).toEqual([]);
    await cases.edit(gym.id, (c) => ({ ...c, notes: 'Budi from support called' }));
    expect(await caseListIds(db, { ...emptyFilter, text: 'budi' })).toEqual([gym.id]);
    await cases.moveToTrash(gym.id);
    expect(await caseListIds(db, { ...emptyFilter, text: 'budi' })).toEqual([]);
    expect(await caseListIds(db, { ...emptyFilter, view: 'trash', text: 'budi' })).toEqual([gym.id]);
  });
});
