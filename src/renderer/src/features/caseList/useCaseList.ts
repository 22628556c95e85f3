import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue } from 'react';
import { useJournal } from '../../journalContext';
import { caseListIds, type CaseListFilter } from '../../db/caseListQuery';
import { fromRecord } from '../../db/caseRepository';
import type { JournalCase } from '@shared/domain/caseSchema';

/** The ordered ids for the current filter, and the filter they answer; re-run by Dexie whenever a case changes. */
export function useCaseListIds(filter: CaseListFilter): { ids: string[]; filter: CaseListFilter } | undefined {
  const { db } = useJournal();
  const deferred = useDeferredValue(filter);
  return useLiveQuery(async () => ({ ids: await caseListIds(db, deferred), filter: deferred }), [db, deferred]);
}

/** The records for the rows on screen only. */
export function useCaseRows(ids: readonly string[], start: number, end: number): Map<string, JournalCase> | undefined {
  const { db } = useJournal();
  const window = ids.slice(start, end);
  const key = window.join(',');
  return useLiveQuery(async () => {
    const records = await db.cases.bulkGet(window);
    return new Map(
      records.filter((record) => record !== undefined).map((record) => [record.id, fromRecord(record)] as const),
    );
    // The key captures the window's content; the array itself is new on every render.
  }, [db, key]);
}

/** A stable text for a filter, for the readiness marker that tests and the benchmark wait on. */
export function filterKey(filter: CaseListFilter): string {
  return JSON.stringify([filter.view, filter.status, filter.category, filter.text]);
}
