import { Dexie } from 'dexie';
import type { CaseStatus, Category } from '@shared/domain/caseSchema';
import type { ProofLevel } from '@shared/evidence/proofStatus';
import type { JournalDatabase } from './journalDatabase';
import { listEntryFromStored, type ListEntry } from './listEntries';

export interface CaseListFilter {
  view: 'journal' | 'trash';
  status: CaseStatus | null;
  category: Category | null;
  /** Only cases whose proof is at this level (answered from memory: no index on disk). */
  proof: ProofLevel | null;
  /** Only these cases: those that need attention (answered from memory; the set is small). */
  attention: ReadonlySet<string> | null;
  text: string;
}

export const emptyFilter: CaseListFilter = { view: 'journal', status: null, category: null, proof: null, attention: null, text: '' };

/** How many cases the list index holds for a filter (the text and proof left out: the store answers those from memory). */
export function countListed(db: JournalDatabase, filter: CaseListFilter): Promise<number> {
  return listed(db, filter).count();
}

/** The list index's entries at positions `start` to `end` for a filter, newest change first. */
export async function listedPage(db: JournalDatabase, filter: CaseListFilter, start: number, end: number): Promise<ListEntry[]> {
  const page = await listed(db, filter).offset(start).limit(end - start).toArray();
  return page.map(listEntryFromStored);
}

function listed(db: JournalDatabase, filter: CaseListFilter) {
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
