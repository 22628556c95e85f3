import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useState, useSyncExternalStore } from 'react';
import { useJournal } from '../../journalContext';
import { caseListSource, type CaseListFilter, type CaseListSource } from '../../db/caseListQuery';
import { caseOrder } from '../../db/caseOrder';
import { fromRecord } from '../../db/caseRepository';
import type { JournalCase } from '@shared/domain/caseSchema';

export interface ListedCases {
  source: CaseListSource;
  /** The filter this answer is for (the one typed may already be newer). */
  filter: CaseListFilter;
}

/** What the list shows for `filter`, recomputed whenever a case is written. */
export function useCaseListSource(filter: CaseListFilter): ListedCases | undefined {
  const { db } = useJournal();
  const order = caseOrder(db);
  const version = useSyncExternalStore(order.subscribe, order.getVersion);
  const deferred = useDeferredValue(filter);
  const [listed, setListed] = useState<ListedCases>();
  useEffect(() => {
    let current = true;
    caseListSource(db, deferred).then(
      (source) => current && setListed({ source, filter: deferred }),
      (error: unknown) => console.error('The case list could not be read', error),
    );
    return () => {
      current = false;
    };
  }, [db, deferred, version]);
  return listed;
}

/** The records for the rows on screen only, kept current as they are edited. */
export function useCaseRows(listed: ListedCases | undefined, start: number, end: number) {
  const { db } = useJournal();
  return useLiveQuery(async () => {
    if (!listed) return undefined;
    const ids = await listed.source.idsFor(start, end);
    const records = await db.cases.bulkGet(ids);
    const rows = new Map<string, JournalCase>();
    for (const record of records) if (record) rows.set(record.id, fromRecord(record));
    return { listed, start, ids, rows };
  }, [db, listed, start, end]);
}

/** A stable text for a filter, for the readiness marker that tests and the benchmark wait on. */
export function filterKey(filter: CaseListFilter): string {
  return JSON.stringify([filter.view, filter.status, filter.category, filter.text]);
}

/** Loads the in-memory order once the first screen is up, in the browser's idle time. */
export function useOrderWarmUp(ready: boolean): void {
  const { db } = useJournal();
  useEffect(() => {
    if (!ready) return;
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => void caseOrder(db).load());
  }, [db, ready]);
}
