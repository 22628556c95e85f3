import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue } from 'react';
import { useJournal } from '../../journalContext';
import { caseListIds, type CaseListFilter } from '../../db/caseListQuery';
import { fromRecord } from '../../db/caseRepository';
import type { JournalCase } from '@shared/domain/caseSchema';

/** The ordered ids for the current filter; re-run by Dexie whenever a case changes. */
export function useCaseListIds(filter: CaseListFilter): string[] | undefined {
  const { db } = useJournal();
  const deferred = useDeferredValue(filter);
  return useLiveQuery(() => caseListIds(db, deferred), [db, deferred]);
}

/** The records for the rows on screen only. */
export function useCaseRows(ids: readonly string[], start: number, end: number): Map<string, JournalCase> {
  const { db } = useJournal();
  const window = ids.slice(start, end);
  const key = window.join(',');
  const rows = useLiveQuery(async () => {
    const records = await db.cases.bulkGet(window);
    return new Map(
      records.filter((record) => record !== undefined).map((record) => [record.id, fromRecord(record)] as const),
    );
    // The key captures the window's content; the array itself is new on every render.
  }, [db, key]);
  return rows ?? new Map();
}
