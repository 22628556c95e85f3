import { queryTerms } from '@shared/domain/searchWords';
import { countListed, listedPage, type CaseListFilter } from '../../../db/caseListQuery';
import type { JournalDatabase } from '../../../db/journalDatabase';
import type { ListEntry } from '../../../db/listEntries';
import type { CaseOrder } from './caseOrder';

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

/** An answer of the list, and the filter it is for (the one typed may already be newer). */
export interface ListedCases {
  source: CaseListSource;
  filter: CaseListFilter;
}

export function inMemorySource(entries: readonly ListEntry[]): CaseListSource {
  return {
    total: entries.length,
    entriesFor: async (start, end) => entries.slice(start, end),
    peek: (start, end) => entries.slice(start, end),
  };
}

/** The answer without waiting, once the order and its word index are in memory; else null. */
export function sourceNow(order: CaseOrder, filter: CaseListFilter): CaseListSource | null {
  return order.loaded ? inMemorySource(order.select(filter, queryTerms(filter.text))) : null;
}

/**
 * The list never reads whole cases to decide what to show. Until the in-memory order is loaded
 * (the first screen), it pages through the small `listEntries` indexes; from then on filters and
 * searches are answered in memory.
 */
export async function readSource(db: JournalDatabase, order: CaseOrder, filter: CaseListFilter): Promise<CaseListSource> {
  if (queryTerms(filter.text).length > 0 || filter.proof !== null || filter.attention !== null || order.loaded) {
    // A search needs the word index, and proof and attention have no index on disk: the first such
    // filter after start-up waits for the order to load.
    await order.load();
    return sourceNow(order, filter)!;
  }
  const total = await countListed(db, filter);
  return { total, entriesFor: (start, end) => listedPage(db, filter, start, end), peek: () => null };
}
