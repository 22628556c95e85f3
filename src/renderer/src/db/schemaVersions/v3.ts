import { Dexie, type Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { listEntryOf, type StoredListEntry } from '../listEntries';
import { loadPhoneAccounts } from '../phoneAccounts';

/**
 * Version 3: what the case list and search need moves to `listEntries`, one small record per case
 * (id, last change, status, category, Trash, and its words), which the list pages through and
 * keeps in memory without reading whole cases. `cases` keeps the cases exactly as the domain
 * defines them, indexed only by id and last change, so a case is cheap to write.
 */
export function v3(db: Dexie): void {
  db.version(3)
    .stores({
      cases: 'id, updatedAt',
      listEntries: 'id, [t+u], [t+s+u], [t+c+u]',
    })
    .upgrade(async (tx: Transaction) => {
      // Words need the phone-number module, which the first screen does not load; waitFor keeps
      // the upgrade's transaction alive while it loads.
      const phoneAccounts = await Dexie.waitFor(loadPhoneAccounts());
      const entries: StoredListEntry[] = [];
      await tx
        .table('cases')
        .toCollection()
        .modify((record: JournalCase & { inTrash?: unknown; searchWords?: unknown }) => {
          delete record.inTrash;
          delete record.searchWords;
          entries.push(listEntryOf(record, phoneAccounts));
        });
      await tx.table('listEntries').bulkPut(entries);
    });
}
