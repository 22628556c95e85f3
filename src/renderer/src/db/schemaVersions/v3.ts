import type { Dexie, Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { listEntryOf } from '../listEntries';

/**
 * Version 3: the case list's order and filters move to `listEntries`, one small record per case
 * (id, last change, status, category, Trash). The list pages through it and keeps it in memory
 * without ever reading whole cases; `cases` keeps only the word index used by search, so a case is
 * cheaper to write.
 */
export function v3(db: Dexie): void {
  db.version(3)
    .stores({
      cases: 'id, updatedAt, *searchWords',
      listEntries: 'id, [t+u], [t+s+u], [t+c+u]',
    })
    .upgrade(async (tx: Transaction) => {
      const entries: ReturnType<typeof listEntryOf>[] = [];
      await tx
        .table('cases')
        .toCollection()
        .modify((record: JournalCase & { inTrash?: unknown }) => {
          delete record.inTrash;
          entries.push(listEntryOf(record));
        });
      await tx.table('listEntries').bulkPut(entries);
    });
}
