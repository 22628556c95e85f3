import { afterEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '../../../db/journalDatabase';
import { CaseOrder } from './caseOrder';
import type { StoredListEntry } from '../../../db/listEntries';

const dbs: JournalDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const entry = (id: string, day: number, extra: Partial<StoredListEntry> = {}): StoredListEntry => ({
  id,
  u: `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`,
  s: 'draft',
  c: 'other',
  t: 0,
  w: id,
  p: 'missing',
  ...extra,
});

async function orderWith(entries: StoredListEntry[], chunk?: number) {
  const db = new JournalDatabase(`order-${crypto.randomUUID()}`);
  dbs.push(db);
  await db.listEntries.bulkAdd(entries);
  return new CaseOrder(db, chunk);
}

const all = { view: 'journal' as const, status: null, category: null };

describe('CaseOrder', () => {
  it('loads every entry, newest change first, across chunks', async () => {
    const many = Array.from({ length: 25_000 }, (_, i) => entry(`id-${String(i).padStart(5, '0')}`, 1 + (i % 28)));
    const order = await orderWith(many);
    await order.load();
    const ids = order.select(all).map((e) => e.id);
    expect(ids).toHaveLength(25_000);
    expect(ids[0]).toMatch(/^id-/);
    const days = ids.slice(0, 5).map((id) => many.find((e) => e.id === id)!.u);
    expect(days.every((u) => u.startsWith('2026-11-28'))).toBe(true);
  });

  it('reads every entry once even when many share one time stamp across chunks', async () => {
    const same = Array.from({ length: 23 }, (_, i) => entry(`s${String(i).padStart(2, '0')}`, 5));
    const order = await orderWith([...same, entry('old', 1), entry('new', 9), entry('gone', 3, { t: 1 })], 4);
    await order.load();
    const ids = order.select(all).map((e) => e.id);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    expect(ids[0]).toBe('new');
    expect(ids.at(-1)).toBe('old');
    expect(order.select({ ...all, view: 'trash' }).map((e) => e.id)).toEqual(['gone']);
  });

  it('filters by view, status, category and search hits', async () => {
    const order = await orderWith([
      entry('a', 1, { s: 'submitted', c: 'streaming' }),
      entry('b', 2, { s: 'draft', c: 'streaming' }),
      entry('c', 3, { t: 1 }),
      entry('d', 4, { s: 'submitted', c: 'other' }),
    ]);
    await order.load();
    expect(order.select(all).map((e) => e.id)).toEqual(['d', 'b', 'a']);
    expect(order.select({ ...all, view: 'trash' }).map((e) => e.id)).toEqual(['c']);
    expect(order.select({ ...all, status: 'submitted' }).map((e) => e.id)).toEqual(['d', 'a']);
    expect(order.select({ ...all, category: 'streaming' }).map((e) => e.id)).toEqual(['b', 'a']);
    expect(order.select({ ...all, status: 'submitted', category: 'streaming' }).map((e) => e.id)).toEqual(['a']);
    expect(order.select(all, ['a']).map((e) => e.id)).toEqual(['a']);
  });

  it('filters by proof status', async () => {
    const order = await orderWith([entry('a', 1, { p: 'complete' }), entry('b', 2, { p: 'incomplete' }), entry('c', 3, { p: 'missing' }), entry('d', 4, { p: 'incomplete' })]);
    await order.load();
    expect(order.select({ ...all, proof: 'incomplete' }).map((e) => e.id)).toEqual(['d', 'b']);
    expect(order.select({ ...all, proof: 'complete' }).map((e) => e.id)).toEqual(['a']);
    expect(order.select({ ...all, proof: null }).map((e) => e.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('filters to the cases that need attention, with the other filters', async () => {
    const order = await orderWith([entry('a', 1, { s: 'submitted' }), entry('b', 2), entry('c', 3, { s: 'submitted' })]);
    await order.load();
    expect(order.select({ ...all, attention: new Set(['a', 'c']) }).map((e) => e.id)).toEqual(['c', 'a']);
    expect(order.select({ ...all, status: 'draft', attention: new Set(['a', 'c']) }).map((e) => e.id)).toEqual([]);
    expect(order.select({ ...all, attention: null }).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  it('moves written cases to the top and forgets deleted ones, telling its listeners', async () => {
    const order = await orderWith([entry('a', 1), entry('b', 2), entry('c', 3)]);
    await order.load();
    let heard = 0;
    order.subscribe(() => (heard += 1));
    order.upsert([entry('a', 10)]);
    expect(order.select(all).map((e) => e.id)).toEqual(['a', 'c', 'b']);
    order.upsert([entry('x', 5)]);
    expect(order.select(all).map((e) => e.id)).toEqual(['a', 'x', 'c', 'b']);
    order.remove(['c']);
    expect(order.select(all).map((e) => e.id)).toEqual(['a', 'x', 'b']);
    expect(heard).toBe(3);
  });

  it('searches the words of every case, old and newly written', async () => {
    const order = await orderWith([entry('a', 1, { w: 'netflix refund' }), entry('b', 2, { w: 'axis' })]);
    await order.load();
    const hits = (terms: string[]) => order.select(all, terms).map((e) => e.id);
    expect(hits(['net'])).toEqual(['a']);
    order.upsert([entry('b', 3, { w: 'axis refund' })]);
    expect(hits(['refund'])).toEqual(['b', 'a']);
    order.remove(['a']);
    expect(hits(['refund'])).toEqual(['b']);
  });

  it('keeps writes that happen while it is loading', async () => {
    const order = await orderWith([entry('a', 1), entry('b', 2)]);
    const loading = order.load();
    order.upsert([entry('a', 9)]);
    order.remove(['b']);
    await loading;
    expect(order.select(all).map((e) => e.id)).toEqual(['a']);
  });

  it('tells its listeners of a write before it is loaded, so a page read earlier is not shown as current', async () => {
    const order = await orderWith([entry('a', 1)]);
    const heard: number[] = [];
    order.subscribe(() => heard.push(order.getVersion()));
    const before = order.getVersion();
    order.upsert([entry('b', 2)]);
    order.remove(['a']);
    expect(heard).toEqual([before + 1, before + 2]);
  });

  it('keeps finding saved cases while their many words are packed in the background, and after', async () => {
    const order = await orderWith([entry('a', 1, { w: 'axis refund' })]);
    await order.load();
    // Enough saved words that the index packs them: one case with sixty thousand account numbers.
    const numbers = Array.from({ length: 60_000 }, (_, i) => `acct${String(i).padStart(5, '0')}`);
    order.upsert([entry('big', 2, { w: ['refund', ...numbers].join(' ') })]);
    const search = (terms: string[]) => order.select(all, terms).map((e) => e.id);
    expect(search(['acct59999'])).toEqual(['big']);
    expect(search(['refund'])).toEqual(['big', 'a']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    order.upsert([entry('a', 3, { w: 'axis' })]);
    expect(search(['acct12345'])).toEqual(['big']);
    expect(search(['refund'])).toEqual(['big']);
    expect(search(['axis'])).toEqual(['a']);
  });
});
