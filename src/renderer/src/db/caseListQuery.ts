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
  /** In memory once the order is loaded (answered at once); from the database before that. */
  entries: readonly ListEntry[] | null;
  entriesFor(start: number, end: number): Promise<readonly ListEntry[]>;
}

function inMemory(entries: readonly ListEntry[]): CaseListSource {
  return { total: entries.length, entries, entriesFor: async (start, end) => entries.slice(start, end) };
}

/** The answer without waiting, when there is no search and the order is in memory; else null. */
export function caseListSourceNow(db: JournalDatabase, filter: CaseListFilter): CaseListSource | null {
  const order = caseOrder(db);
  return order.loaded && queryTerms(filter.text).length === 0 ? inMemory(order.select(filter, null)) : null;
}

/**
 * The list never reads whole cases to decide what to show. Until the in-memory order is loaded
 * (the first screen), it pages through the small `listEntries` indexes; from then on filters are a
 * loop in memory, and a search asks the word index for its hits and keeps the order's sequence.
 */
export async function caseListSource(db: JournalDatabase, filter: CaseListFilter): Promise<CaseListSource> {
  const order = caseOrder(db);
  const terms = queryTerms(filter.text);
  if (terms.length > 0 || order.loaded) {
    const [matches] = await Promise.all([terms.length > 0 ? cachedMatches(db, terms) : null, order.load()]);
    return inMemory(order.select(filter, matches));
  }
  const total = await pagedEntries(db, filter).count();
  return {
    total,
    entries: null,
    entriesFor: (start, end) => pagedEntries(db, filter).offset(start).limit(end - start).toArray(),
  };
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

interface MatchCache {
  version: number;
  byQuery: Map<string, Promise<Set<string>>>;
}
const matchCaches = new WeakMap<JournalDatabase, MatchCache>();

/**
 * Search hits, remembered until the next write to the journal: changing a filter while a search
 * is active, or going back to an earlier search, does not ask the word index again.
 */
function cachedMatches(db: JournalDatabase, terms: string[]): Promise<Set<string>> {
  const version = caseOrder(db).getVersion();
  let cache = matchCaches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, byQuery: new Map() };
    matchCaches.set(db, cache);
  }
  const key = terms.join('\u0000');
  let hits = cache.byQuery.get(key);
  if (!hits) {
    hits = matchingIds(db, terms);
    cache.byQuery.set(key, hits);
    if (cache.byQuery.size > 32) cache.byQuery.delete(cache.byQuery.keys().next().value!);
    hits.catch(() => cache.byQuery.delete(key));
  }
  return hits;
}

/** Cases having, for every term, a word that starts with it. */
async function matchingIds(db: JournalDatabase, terms: string[]): Promise<Set<string>> {
  const perTerm = await Promise.all(
    terms.map(async (term) => new Set((await db.cases.where('searchWords').startsWith(term).primaryKeys()) as string[])),
  );
  perTerm.sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = perTerm;
  const result = new Set<string>();
  for (const id of smallest ?? []) {
    if (rest.every((set) => set.has(id))) result.add(id);
  }
  return result;
}

export async function trashCount(db: JournalDatabase): Promise<number> {
  return db.listEntries.where('[t+u]').between([1, Dexie.minKey], [1, Dexie.maxKey]).count();
}
