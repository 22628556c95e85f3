import type { CaseListFilter } from '../../../db/caseListQuery';
import type { JournalDatabase } from '../../../db/journalDatabase';
import { CaseListStore } from './caseListStore';

/** For tests: the ids the case list shows for `filter`, read the way its export buttons read them. */
export async function caseListIds(db: JournalDatabase, filter: CaseListFilter): Promise<string[]> {
  const list = new CaseListStore(db);
  try {
    return await list.idsFor(filter);
  } finally {
    list.close();
  }
}
