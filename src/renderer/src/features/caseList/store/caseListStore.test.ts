import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { JournalDatabase } from '../../../db/journalDatabase';
import { caseRepository } from '../../../db/caseRepository';
import { emptyFilter } from '../../../db/caseListQuery';
import { CaseListStore } from './caseListStore';
import { attachmentFilesInMemory } from '../../../db/attachmentFiles';

let db: JournalDatabase;
let store: CaseListStore;
let tick: number;
const clock = () => new Date(Date.UTC(2026, 10, 2, 9, 0, 0) + tick++ * 1000);
// 760 px of window: 10 rows on screen, 8 more read ahead.
const screenRows = 18;

beforeEach(() => {
  tick = 0;
  vi.stubGlobal('window', { innerHeight: 760 });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
  db = new JournalDatabase(`test-${crypto.randomUUID()}`, attachmentFilesInMemory());
  store = new CaseListStore(db);
});
afterEach(async () => {
  store.close();
  vi.unstubAllGlobals();
  await db.delete();
});

async function journalOf(count: number) {
  const cases = caseRepository(db, clock);
  const created = [];
  for (let i = 0; i < count; i += 1) {
    created.push(await cases.create(defaultTemplateFor('en'), { title: `Case ${i}`, providerName: 'Axis', account: '', category: 'streaming', currency: 'IDR' }));
  }
  return { cases, created };
}

/** What the list answers for the journal view once it has asked, as the list's hook does. */
async function answer(filter = emptyFilter) {
  store.request(filter);
  await vi.waitFor(() => expect(store.listed(filter)?.filter).toBe(filter));
  return store.listed(filter)!;
}

const idsOf = (entries: readonly { id: string }[] | null) => entries!.map((entry) => entry.id);

describe('the first screen, read while the interface loads', () => {
  it('holds the newest cases outside the Trash, with their rows ready to draw, and is counted once drawn', async () => {
    const { cases, created } = await journalOf(30);
    await cases.moveToTrash(created[29]!.id);
    await cases.moveToTrash(created[27]!.id);
    const expected = (await store.idsFor(emptyFilter)).slice(0, screenRows);
    await store.primeFirstScreen();
    const first = store.listed(emptyFilter)!;
    expect(idsOf(first.source.peek(0, screenRows))).toEqual(expected);
    const rows = store.visibleRows(first, 0, screenRows)!;
    expect(rows.complete).toBe(true);
    expect(rows.rows.get(created[28]!.id)?.title).toBe('Case 28');
    // Drawn before counting; the count follows, after the first rows are on screen.
    expect(first.source.total).toBe(screenRows);
    store.request(emptyFilter);
    await vi.waitFor(() => expect(store.listed(emptyFilter)!.source.total).toBe(28));
  });

  it('pages the list index instead when the Trash holds many of the newest cases', async () => {
    const { cases, created } = await journalOf(40);
    for (const journalCase of created.slice(-12)) await cases.moveToTrash(journalCase.id);
    await store.primeFirstScreen();
    const first = store.listed(emptyFilter)!;
    expect(idsOf(first.source.peek(0, screenRows))).toEqual((await store.idsFor(emptyFilter)).slice(0, screenRows));
    expect(first.source.peek(0, 1)![0]!.id).toBe(created[27]!.id);
  });

  it('is waited for when the list asks before it has been read, and not read twice', async () => {
    await journalOf(3);
    const reads = vi.spyOn(db.caseRows, 'bulkGet');
    const wholeCases = [vi.spyOn(db.cases, 'bulkGet'), vi.spyOn(db.cases, 'orderBy'), vi.spyOn(db.cases, 'get')];
    void store.primeFirstScreen();
    // Still being read: the list's first render has nothing to draw yet.
    expect(store.listed(emptyFilter)).toBeUndefined();
    const listed = await answer();
    expect(await listed.source.entriesFor(0, 3)).toHaveLength(3);
    expect(reads).toHaveBeenCalledTimes(1);
    // Rows, a few dozen bytes a case, never whole cases.
    for (const read of wholeCases) expect(read).not.toHaveBeenCalled();
  });

  it('is not drawn once a change to the journal has made it stale: the list reads for itself', async () => {
    const { cases } = await journalOf(3);
    await store.primeFirstScreen();
    const newer = await cases.create(defaultTemplateFor('en'), { title: 'Newer', providerName: 'Axis', account: '', category: 'streaming', currency: 'IDR' });
    expect(store.listed(emptyFilter)).toBeUndefined();
    const listed = await answer();
    expect(listed.source.total).toBe(4);
    expect((await listed.source.entriesFor(0, 1))[0]!.id).toBe(newer.id);
  });
});

describe('the list store', () => {
  it('answers from memory once its order is loaded, and follows every write at once', async () => {
    const { cases, created } = await journalOf(5);
    await store.order.load();
    const listed = store.listed(emptyFilter)!;
    expect(listed.source.total).toBe(5);
    // The same answer while nothing changes: React reads it as one snapshot.
    expect(store.listed(emptyFilter)).toBe(listed);
    await cases.edit(created[0]!.id, (c) => ({ ...c, title: 'Edited first case' }));
    const after = store.listed(emptyFilter)!;
    expect(after).not.toBe(listed);
    expect(after.source.peek(0, 1)![0]!.id).toBe(created[0]!.id);
    expect(idsOf(store.listed({ ...emptyFilter, text: 'edited' })!.source.peek(0, 5))).toEqual([created[0]!.id]);
  });

  it('searches before the order is loaded by loading it, and keeps the last answer meanwhile', async () => {
    const { created } = await journalOf(4);
    const before = await answer();
    const search = { ...emptyFilter, text: 'case 2' };
    store.request(search);
    // Until the word index is in memory, the list keeps showing what it showed.
    expect(store.listed(search)).toBe(before);
    await vi.waitFor(() => expect(store.listed(search)!.filter).toBe(search));
    expect(idsOf(store.listed(search)!.source.peek(0, 4))).toEqual([created[2]!.id]);
  });

  it('reads the rows of a range once, and tells its subscribers when they have come', async () => {
    await journalOf(6);
    const listed = await answer();
    const heard = vi.fn();
    store.subscribe(heard);
    const reads = vi.spyOn(db.caseRows, 'bulkGet');
    const wholeCases = vi.spyOn(db.cases, 'bulkGet');
    expect(store.visibleRows(listed, 0, 6)?.complete).not.toBe(true);
    store.requestRows(listed, 0, 6);
    await vi.waitFor(() => expect(store.visibleRows(listed, 0, 6)?.complete).toBe(true));
    expect(heard).toHaveBeenCalled();
    expect([...store.visibleRows(listed, 0, 6)!.rows.values()].map((row) => row.title)).toEqual(['Case 5', 'Case 4', 'Case 3', 'Case 2', 'Case 1', 'Case 0']);
    store.requestRows(listed, 0, 6);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(wholeCases).not.toHaveBeenCalled();
  });

  it('filters by proof status, loading the order for it (no index on disk), and follows evidence as it is added', async () => {
    const { cases, created } = await journalOf(3);
    await cases.edit(created[1]!.id, (c) => ({ ...c, submission: { ...c.submission, referenceNumber: 'REQ-55120' } }));
    const complete = { ...emptyFilter, proof: 'complete' as const };
    expect(await store.idsFor(complete)).toEqual([created[1]!.id]);
    expect(await store.idsFor({ ...emptyFilter, proof: 'missing' })).toEqual([created[2]!.id, created[0]!.id]);
    await cases.attachments.add(created[0]!.id, { name: 'passport.png', mediaType: 'image/png', bytes: new Uint8Array([1, 2, 3]) });
    expect(await store.idsFor(complete)).toEqual([created[0]!.id, created[1]!.id]);
  });

  it('gives the ids of a filtered list, from the database or from memory alike', async () => {
    const { cases, created } = await journalOf(3);
    await cases.setStatus(created[1]!.id, 'submitted', '2026-11-02');
    const submitted = { ...emptyFilter, status: 'submitted' as const };
    expect(await store.idsFor(submitted)).toEqual([created[1]!.id]);
    await store.order.load();
    expect(await store.idsFor(submitted)).toEqual([created[1]!.id]);
  });
});
