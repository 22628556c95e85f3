import { Dexie } from 'dexie';
import type { CaseStatus, Category } from '@shared/domain/caseSchema';
import { queryTerms } from '@shared/domain/searchWords';
import type { JournalDatabase } from './journalDatabase';

export interface CaseListFilter {
  view: 'journal' | 'trash';
  status: CaseStatus | null;
  category: Category | null;
  text: string;
}

export const emptyFilter: CaseListFilter = { view: 'journal', status: null, category: null, text: '' };

/**
 * The ids of the cases the list shows, most recently changed first. Only index keys are read,
 * never whole records: the list then loads the rows it actually draws.
 */
export async function caseListIds(db: JournalDatabase, filter: CaseListFilter): Promise<string[]> {
  const inTrash = filter.view === 'trash' ? 1 : 0;
  const keysUnder = (index: string, prefix: (string | number)[]) =>
    db.cases
      .where(index)
      .between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey])
      .primaryKeys() as Promise<string[]>;

  let ids: string[];
  if (filter.status && filter.category) {
    const [byStatus, byCategory] = await Promise.all([
      keysUnder('[inTrash+status+updatedAt]', [inTrash, filter.status]),
      keysUnder('[inTrash+category+updatedAt]', [inTrash, filter.category]),
    ]);
    const inCategory = new Set(byCategory);
    ids = byStatus.filter((id) => inCategory.has(id));
  } else if (filter.status) {
    ids = await keysUnder('[inTrash+status+updatedAt]', [inTrash, filter.status]);
  } else if (filter.category) {
    ids = await keysUnder('[inTrash+category+updatedAt]', [inTrash, filter.category]);
  } else {
    ids = await keysUnder('[inTrash+updatedAt]', [inTrash]);
  }
  // Ascending key reads take IndexedDB's fast getAllKeys path; reversing in memory is cheaper than a cursor.
  ids.reverse();

  const terms = queryTerms(filter.text);
  if (terms.length === 0) return ids;
  const matches = await matchingIds(db, terms);
  return ids.filter((id) => matches.has(id));
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
  return db.cases.where('[inTrash+updatedAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]).count();
}
