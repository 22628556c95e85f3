import MiniSearch from 'minisearch';
import { queryTerms } from '../../src/shared/domain/searchWords';
import type { StoredListEntry } from '../../src/renderer/src/db/listEntries';
import { wordsOfEntry } from '../../src/renderer/src/db/listEntries';
import { SearchIndex } from '../../src/renderer/src/db/searchIndex';
import { JournalDatabase } from '../../src/renderer/src/db/journalDatabase';

/**
 * The comparison of issue 13: the app's own word index and MiniSearch, built in this page from the
 * same stored words (each list entry's `w`, the words `caseSearchWords` made) and asked the same
 * queries, query → ids. Both match as the app does: every term of `queryTerms(query)` must start
 * a word of the case. Neither stores any text: MiniSearch gets the words through a tokenizer that
 * splits on spaces, no `storeFields`.
 */
type Arm = 'app' | 'miniSearch';

let entries: StoredListEntry[] = [];
const built: { app?: SearchIndex; miniSearch?: MiniSearch<StoredListEntry> } = {};

/** As the app loads its index: words sorted in after every chunk of 2,000 entries, postings packed at the end. */
function buildApp(): SearchIndex {
  const index = new SearchIndex();
  entries.forEach((entry, i) => {
    index.add(entry.id, wordsOfEntry(entry));
    if (i % 2_000 === 1_999) index.sortNewWords();
  });
  index.sortNewWords();
  index.pack();
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

function ids(arm: Arm, query: string): string[] {
  const terms = queryTerms(query);
  if (arm === 'app') return [...built.app!.match(terms)];
  // The terms joined by spaces are split back by the same tokenizer: one query, every term a prefix, AND.
  return built.miniSearch!.search(terms.join(' ')).map((result) => result.id as string);
}

export const searchArms = {
  /** Every stored list entry (Trash included, as the app's index has them), read once for both arms. */
  async loadEntries(): Promise<number> {
    const db = new JournalDatabase();
    entries = await db.listEntries.toArray();
    db.close();
    return entries.length;
  },

  build(arm: Arm): { ms: number } {
    const start = performance.now();
    if (arm === 'app') built.app = buildApp();
    else built.miniSearch = buildMiniSearch();
    return { ms: performance.now() - start };
  },

  /**
   * Each query's time from the query text to the ids (terms made, index asked, ids listed), the
   * mean of `repeats` runs (the page's clock has a 0.1 ms grain), and its number of hits.
   */
  query(arm: Arm, queries: string[], repeats: number): { times: number[]; hits: number[] } {
    const times: number[] = [];
    const hits: number[] = [];
    for (const query of queries) {
      let count = 0;
      const start = performance.now();
      for (let r = 0; r < repeats; r += 1) count = ids(arm, query).length;
      times.push((performance.now() - start) / repeats);
      hits.push(count);
    }
    return { times, hits };
  },

  /** Queries whose two answers differ (by the set of ids): the comparison holds only if there are none. */
  differences(queries: string[]): string[] {
    return queries.filter((query) => {
      const a = new Set(ids('app', query));
      const b = ids('miniSearch', query);
      return a.size !== b.length || b.some((id) => !a.has(id));
    });
  },

  drop(): void {
    entries = [];
    built.app = undefined;
    built.miniSearch = undefined;
  },
};
