import { Dexie } from 'dexie';
import type { CaseStatus, Category } from '@shared/domain/caseSchema';
import { queryTerms } from '@shared/domain/searchWords';
import type { JournalDatabase } from './journalDatabase';
import { caseOrder } from './caseOrder';
import type { ListEntry } from './listEntries';

export interface CaseListFilter {
  view: 'journal' | 'trash';
  status: CaseStatus | null;
  category: Category | null;
  text: string;
}

export const emptyFilter: CaseListFilter = { view: 'journal', status: null, category: null, text: '' };

/** What the list shows for a filter: how many cases, and the entries at any positions, newest change first. */
export interface CaseListSource {
  total: number;
  entriesFor(start: number, end: number): Promise<readonly ListEntry[]>;
  /**
   * The entries at these positions if they are already at hand (always, once the order is in
   * memory), without waiting; null when they must be read from the database.
   */
  peek(start: number, end: number): readonly ListEntry[] | null;
  /** Set when `total` is provisional (the first screen, drawn before counting): counts, once, for the exact answer. */
  settle?: () => Promise<CaseListSource>;
}

function inMemory(entries: readonly ListEntry[]): CaseListSource {
  return {
    total: entries.length,
    entriesFor: async (start, end) => entries.slice(start, end),
    peek: (start, end) => entries.slice(start, end),
  };
}

/** The answer without waiting, once the order and its word index are in memory; else null. */
export function caseListSourceNow(db: JournalDatabase, filter: CaseListFilter): CaseListSource | null {
  const order = caseOrder(db);
  if (!order.loaded) return null;
  const terms = queryTerms(filter.text);
  return inMemory(order.select(filter, terms));
}

/**
 * The list never reads whole cases to decide what to show. Until the in-memory order is loaded
 * (the first screen), it pages through the small `listEntries` indexes; from then on filters and
 * searches are answered in memory.
 */
export async function caseListSource(db: JournalDatabase, filter: CaseListFilter): Promise<CaseListSource> {
  const order = caseOrder(db);
  if (queryTerms(filter.text).length > 0 || order.loaded) {
    // A search needs the word index: the first one after start-up waits for it to load.
    await order.load();
    return caseListSourceNow(db, filter)!;
  }
  const total = await pagedEntries(db, filter).count();
  return {
    total,
    entriesFor: (start, end) => pagedEntries(db, filter).offset(start).limit(end - start).toArray(),
    peek: () => null,
  };
}

/** The newest entries of the journal view, without counting them. */
export function firstPage(db: JournalDatabase, size: number): Promise<ListEntry[]> {
  return pagedEntries(db, emptyFilter).limit(size).toArray();
}

function pagedEntries(db: JournalDatabase, filter: CaseListFilter) {
  const t = filter.view === 'trash' ? 1 : 0;
  const under = (index: string, prefix: (string | number)[]) =>
    db.listEntries.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey]);
  if (filter.status) {
    const byStatus = under('[t+s+u]', [t, filter.status]);
    const category = filter.category;
    return (category ? byStatus.filter((entry) => entry.c === category) : byStatus).reverse();
  }
  if (filter.category) return under('[t+c+u]', [t, filter.category]).reverse();
  return under('[t+u]', [t]).reverse();
}

/** The ids the list shows for `filter`, all of them (for tests and exports of the filtered list). */
export async function caseListIds(db: JournalDatabase, filter: CaseListFilter): Promise<string[]> {
  const source = await caseListSource(db, filter);
  return (await source.entriesFor(0, source.total)).map((entry) => entry.id);
}

export async function trashCount(db: JournalDatabase): Promise<number> {
  return db.listEntries.where('[t+u]').between([1, Dexie.minKey], [1, Dexie.maxKey]).count();
}

/** Whether the journal (the Trash left out) holds any case: one step along an index, no counting. */
export async function hasJournalCases(db: JournalDatabase): Promise<boolean> {
  const first = await db.listEntries.where('[t+u]').between([0, Dexie.minKey], [0, Dexie.maxKey]).first();
  return first !== undefined;
}

/** Whether `id` is a case in the journal, not in the Trash and not deleted. */
export async function isInJournal(db: JournalDatabase, id: string): Promise<boolean> {
  const entry = await db.listEntries.get(id);
  return entry?.t === 0;
}
