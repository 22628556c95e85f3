import MiniSearch from 'minisearch';
import { queryTerms } from '../../src/shared/domain/searchWords';
import type { StoredListEntry } from '../../src/renderer/src/db/listEntries';
import { wordsOfEntry } from '../../src/renderer/src/db/listEntries';
import { SearchIndex } from '../../src/renderer/src/features/caseList/store/searchIndex';
import { JournalDatabase } from '../../src/renderer/src/db/journalDatabase';

/**
 * The comparison of issue 13: the app's own word index and MiniSearch, built in this page from the
 * same stored words (each list entry's `w`, the words `caseSearchWords` made) and asked the same
 * queries, query → the ids the list shows, each index measured while the other is not in memory. Both match as the app does: every term of `queryTerms(query)` must start
 * a word of the case. Neither stores any text: MiniSearch gets the words through a tokenizer that
 * splits on spaces, no `storeFields`.
 */
type Arm = 'app' | 'miniSearch';

let entries: StoredListEntry[] = [];
const built: { app?: SearchIndex; miniSearch?: MiniSearch<StoredListEntry> } = {};
/** The list's order (not in the Trash, newest change first), with each entry's slot in the app's index. */
let order: { id: string; slot: number }[] = [];
/** The app's answer to each query, kept to check MiniSearch's against it. */
const appAnswers = new Map<string, string[]>();

/** As the app loads its index: words sorted in after every chunk of 2,000 entries, packed at the end. */
async function buildApp(): Promise<SearchIndex> {
  const index = new SearchIndex();
  const slots = entries.map((entry, i) => {
    const slot = index.add(entry.id, wordsOfEntry(entry));
    if (i % 2_000 === 1_999) index.sortNewWords();
    return slot;
  });
  index.sortNewWords();
  await index.pack();
  order = entries
    .map((entry, i) => ({ entry, slot: slots[i]! }))
    .filter(({ entry }) => entry.t === 0)
    .sort((a, b) => (a.entry.u < b.entry.u ? 1 : -1))
    .map(({ entry, slot }) => ({ id: entry.id, slot }));
  return index;
}

function buildMiniSearch(): MiniSearch<StoredListEntry> {
  const words = (text: string) => (text === '' ? [] : text.split(' '));
  const miniSearch = new MiniSearch<StoredListEntry>({
    idField: 'id',
    fields: ['w'],
    storeFields: [],
    tokenize: words,
    // The words are already normalised (NFKC, lower case): kept exactly as stored.
    processTerm: (term) => term,
    searchOptions: { prefix: true, fuzzy: false, combineWith: 'AND' },
  });
  miniSearch.addAll(entries);
  return miniSearch;
}

/**
 * The ids the list would show for `query`, newest first: the query's terms, the index's hits, and
 * the list's order narrowed to them, as `CaseOrder.select` does (a mask by slot for the app's index,
 * a set of ids for MiniSearch, whose results come ordered by score).
 */
function listed(arm: Arm, query: string): string[] {
  const terms = queryTerms(query);
  if (arm === 'app') {
    const mask = built.app!.matchSlots(terms);
    return order.filter((entry) => mask[entry.slot] === 1).map((entry) => entry.id);
  }
  // The terms joined by spaces are split back by the same tokenizer: one query, every term a prefix, AND.
  const hits = new Set(built.miniSearch!.search(terms.join(' ')).map((result) => result.id as string));
  return order.filter((entry) => hits.has(entry.id)).map((entry) => entry.id);
}

export const searchArms = {
  /** Every stored list entry (Trash included, as the app's index has them), read once for both arms. */
  async loadEntries(): Promise<number> {
    const db = new JournalDatabase();
    entries = await db.listEntries.toArray();
    db.close();
    return entries.length;
  },

  async build(arm: Arm): Promise<{ ms: number }> {
    const start = performance.now();
    if (arm === 'app') built.app = await buildApp();
    else built.miniSearch = buildMiniSearch();
    return { ms: performance.now() - start };
  },

  /**
   * Each query's time from the query text to the ids the list shows (terms made, index asked, the
   * order narrowed to the hits), the mean of `repeats` runs (the page's clock has a 0.1 ms grain).
   */
  query(arm: Arm, queries: string[], repeats: number): { times: number[]; hits: number[] } {
    const times: number[] = [];
    const hits: number[] = [];
    for (const query of queries) {
      let answer: string[] = [];
      const start = performance.now();
      for (let r = 0; r < repeats; r += 1) answer = listed(arm, query);
      times.push((performance.now() - start) / repeats);
      hits.push(answer.length);
      if (arm === 'app') appAnswers.set(query, answer);
    }
    return { times, hits };
  },

  /** Queries MiniSearch answers otherwise than the app's index did (ids and order): the comparison holds only if there are none. */
  differences(queries: string[]): string[] {
    return queries.filter((query) => {
      const app = appAnswers.get(query);
      const miniSearch = listed('miniSearch', query);
      return app === undefined || app.length !== miniSearch.length || miniSearch.some((id, i) => app[i] !== id);
    });
  },

  /** Lets an index go (the entries and the list's order stay), so the other is measured alone. */
  dropIndex(arm: Arm): void {
    built[arm] = undefined;
  },

  drop(): void {
    entries = [];
    order = [];
    appAnswers.clear();
    built.app = undefined;
    built.miniSearch = undefined;
  },
};
