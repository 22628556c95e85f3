import type { Dexie, Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { storedCaseRowOf, type StoredCaseRow } from '../caseRowSummary';

/**
 * Each case's list row, keyed by the case's id (see caseRowSummary), indexed by country: the
 * countries in use are the index's keys, so their public holidays can be prepared in idle time
 * without reading a row.
 */
export const caseRowStores = { caseRows: 'id, country' };

/**
 * Version 7 (issue 13): every case's list row is kept in a table of its own, so the list's rows,
 * its first screen and a search's answer read a few dozen bytes a case instead of whole cases.
 * Not in the list entries themselves: the list loads all of those at start, and rows there would
 * make 100,000 entries several times larger. The stored cases are read once to make their rows.
 */
export function v7(db: Dexie): void {
  db.version(7)
    .stores({ ...caseRowStores })
    .upgrade(async (tx: Transaction) => {
      const rows: StoredCaseRow[] = [];
      await tx
        .table('cases')
        .toCollection()
        .each((record: JournalCase) => {
          rows.push(storedCaseRowOf(record));
        });
      await tx.table('caseRows').bulkPut(rows);
    });
}
