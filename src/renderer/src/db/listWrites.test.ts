import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { newCase } from '@shared/domain/newCase';
import * as phoneAccounts from '@shared/domain/phoneAccount';
import { JournalDatabase } from './journalDatabase';
import { listEntryOf } from './listEntries';
import { storedCaseRowOf } from './caseRowSummary';
import { emptyFilter } from './caseListQuery';
import type { ListChange } from './listWrites';
import { CaseListStore } from '../features/caseList/store/caseListStore';

const opened: { close(): void }[] = [];
const dbs: JournalDatabase[] = [];
afterEach(async () => {
  for (const one of opened.splice(0)) one.close();
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});
function freshDb(name = `hears-${crypto.randomUUID()}`) {
  const db = new JournalDatabase(name);
  dbs.push(db);
  return db;
}
async function loadedStore(db: JournalDatabase) {
  const store = new CaseListStore(db);
  opened.push(store);
  await store.order.load();
  return store;
}
const shownIds = (store: CaseListStore, text = '') => store.listed({ ...emptyFilter, text })!.source.peek(0, 100_000)!.map((entry) => entry.id);

let counter = 0;
function caseAndEntry(title: string, at: string) {
  const journalCase = newCase(
    defaultTemplateFor('en'),
    { title, providerName: 'Axis', account: '', category: 'other', currency: 'USD' },
    new Date(at),
    () => `id-${++counter}`,
  );
  return { journalCase, entry: listEntryOf(journalCase, phoneAccounts) };
}

/** The list follows the database, whoever writes to it: no caller reports its writes. */
describe('the list hears writes from the database', () => {
  it('follows a write made without the repository, once it has committed', async () => {
    const db = freshDb();
    const store = await loadedStore(db);
    const { journalCase, entry } = caseAndEntry('Written behind the list’s back', '2026-11-26T10:00:00.000Z');
    await db.transaction('rw', db.cases, db.listEntries, async () => {
      await db.cases.put(journalCase);
      await db.listEntries.put(entry);
      // Not committed yet: the list does not show it.
      expect(shownIds(store)).toEqual([]);
    });
    expect(shownIds(store)).toEqual([journalCase.id]);
    expect(shownIds(store, 'behind')).toEqual([journalCase.id]);

    await db.listEntries.delete(journalCase.id);
    expect(shownIds(store)).toEqual([]);
  });

  it('never hears a transaction that was rolled back', async () => {
    const db = freshDb();
    const store = await loadedStore(db);
    const { entry } = caseAndEntry('Never written', '2026-11-26T10:00:00.000Z');
    await expect(
      db.transaction('rw', db.listEntries, async () => {
        await db.listEntries.put(entry);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(shownIds(store)).toEqual([]);
  });

  it('tells the list of a save once, with the case’s entry and its row together', async () => {
    const db = freshDb();
    const store = await loadedStore(db);
    const { journalCase, entry } = caseAndEntry('Saved once', '2026-11-26T10:00:00.000Z');
    let told = 0;
    opened.push({ close: store.subscribe(() => (told += 1)) });
    await db.transaction('rw', db.cases, db.listEntries, db.caseRows, async () => {
      await db.cases.put(journalCase);
      await db.listEntries.put(entry);
      await db.caseRows.put(storedCaseRowOf(journalCase));
    });
    expect(told).toBe(1);
    expect(shownIds(store)).toEqual([journalCase.id]);
  });

  it('reads the whole list again after a write of many entries (an import) instead of applying each', async () => {
    const db = freshDb();
    const store = await loadedStore(db);
    const heard: ListChange['kind'][] = [];
    opened.push({ close: db.listWrites.hear((changes) => heard.push(...changes.map((change) => change.kind))) });
    const entries = Array.from({ length: 6_000 }, (_, i) => caseAndEntry(`Case ${i}`, new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString()).entry);
    await db.listEntries.bulkPut(entries);
    expect(heard).toEqual(['reset']);
    await store.order.load();
    expect(shownIds(store)).toHaveLength(6_000);
  });

  it('hears a write from another window (another database object on the same journal) and reads what it wrote', async () => {
    const name = `hears-${crypto.randomUUID()}`;
    const mine = freshDb(name);
    const store = await loadedStore(mine);
    const otherWindow = new JournalDatabase(name);
    const { journalCase, entry } = caseAndEntry('Added in the other window', '2026-11-26T11:00:00.000Z');
    await otherWindow.transaction('rw', otherWindow.cases, otherWindow.listEntries, async () => {
      await otherWindow.cases.put(journalCase);
      await otherWindow.listEntries.put(entry);
    });
    await vi.waitFor(() => expect(shownIds(store)).toEqual([journalCase.id]));
    expect(shownIds(store, 'other window')).toEqual([journalCase.id]);

    await otherWindow.listEntries.delete(journalCase.id);
    await vi.waitFor(() => expect(shownIds(store)).toEqual([]));
    otherWindow.close();
  });

  it('hears each write once: its own writes are not read again as another window’s', async () => {
    const db = freshDb();
    await loadedStore(db);
    const reads = vi.spyOn(db.listEntries, 'bulkGet');
    const { entry } = caseAndEntry('Mine', '2026-11-26T12:00:00.000Z');
    await db.listEntries.put(entry);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reads).not.toHaveBeenCalled();
  });

  it('gives each database its own store: a write to one journal never shows in another', async () => {
    const [one, two] = [freshDb(), freshDb()];
    const [first, second] = [await loadedStore(one), await loadedStore(two)];
    const { entry } = caseAndEntry('Only in the first journal', '2026-11-26T13:00:00.000Z');
    await one.listEntries.put(entry);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shownIds(first)).toEqual([entry.id]);
    expect(shownIds(second)).toEqual([]);
  });

  it('shows a row written without the repository (a path that knows nothing of the list), once it has committed', async () => {
    const db = freshDb();
    const store = await loadedStore(db);
    const { journalCase, entry } = caseAndEntry('Before', '2026-11-26T14:00:00.000Z');
    await db.transaction('rw', [db.cases, db.listEntries, db.caseRows], async () => {
      await Promise.all([db.cases.put(journalCase), db.listEntries.put(entry), db.caseRows.put(storedCaseRowOf(journalCase))]);
    });
    const listed = store.listed(emptyFilter)!;
    const titleShown = () => store.visibleRows(store.listed(emptyFilter), 0, 1)?.rows.get(journalCase.id)?.title;
    store.requestRows(listed, 0, 1);
    await vi.waitFor(() => expect(titleShown()).toBe('Before'));

    // Only the row changes (its list entry, and so its place in the list, stays as it was).
    await db.caseRows.put(storedCaseRowOf({ ...journalCase, title: 'After' }));
    store.requestRows(store.listed(emptyFilter), 0, 1);
    await vi.waitFor(() => expect(titleShown()).toBe('After'));
  });

  it('hears a row written in another window and shows it again', async () => {
    const name = `hears-${crypto.randomUUID()}`;
    const mine = freshDb(name);
    const store = await loadedStore(mine);
    const { journalCase, entry } = caseAndEntry('Before', '2026-11-26T15:00:00.000Z');
    await mine.transaction('rw', [mine.cases, mine.listEntries, mine.caseRows], async () => {
      await Promise.all([mine.cases.put(journalCase), mine.listEntries.put(entry), mine.caseRows.put(storedCaseRowOf(journalCase))]);
    });
    const titleShown = () => store.visibleRows(store.listed(emptyFilter), 0, 1)?.rows.get(journalCase.id)?.title;
    store.requestRows(store.listed(emptyFilter), 0, 1);
    await vi.waitFor(() => expect(titleShown()).toBe('Before'));

    const otherWindow = new JournalDatabase(name);
    const heard: ListChange[] = [];
    opened.push({ close: mine.listWrites.hear((changes) => heard.push(...changes)) });
    await otherWindow.caseRows.put(storedCaseRowOf({ ...journalCase, title: 'Renamed elsewhere' }));
    await vi.waitFor(() => expect(heard).toContainEqual({ kind: 'rows', ids: [journalCase.id] }));
    store.requestRows(store.listed(emptyFilter), 0, 1);
    await vi.waitFor(() => expect(titleShown()).toBe('Renamed elsewhere'));
    otherWindow.close();
  });
});
