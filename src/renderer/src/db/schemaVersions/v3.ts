import type { Dexie, Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { reshapeCasesAndListEntries } from './listEntriesAnew';

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
    .upgrade((tx: Transaction) =>
      reshapeCasesAndListEntries(tx, (record: JournalCase & { inTrash?: unknown; searchWords?: unknown }) => {
        const { inTrash: _inTrash, searchWords: _searchWords, ...slim } = record;
        return slim;
      }),
    );
}
