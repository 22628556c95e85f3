import { useEffect, useLayoutEffect, useMemo, useReducer, useState, useSyncExternalStore } from 'react';
import { useJournal } from '../../journalContext';
import { caseListSource, caseListSourceNow, type CaseListFilter, type CaseListSource } from '../../db/caseListQuery';
import { caseOrder } from '../../db/caseOrder';
import type { ListEntry } from '../../db/listEntries';
import type { JournalDatabase } from '../../db/journalDatabase';
import type { JournalCase } from '@shared/domain/caseSchema';

export interface ListedCases {
  source: CaseListSource;
  /** The filter this answer is for (the one typed may already be newer). */
  filter: CaseListFilter;
}

/**
 * What the list shows for `filter`. Filters over the in-memory order are answered in the same
 * render; a search (or the first screen, before the order is loaded) asks the database first.
 */
export function useCaseListSource(filter: CaseListFilter): ListedCases | undefined {
  const { db } = useJournal();
  const order = caseOrder(db);
  const version = useSyncExternalStore(order.subscribe, order.getVersion);
  const immediate = useMemo(() => {
    const source = caseListSourceNow(db, filter);
    return source ? { source, filter, version } : null;
  }, [db, filter, version]);
  const [fetched, setFetched] = useState<ListedCases & { version: number }>();
  useLayoutEffect(() => {
    if (immediate) return;
    let current = true;
    caseListSource(db, filter).then(
      (source) => current && setFetched({ source, filter, version }),
      (error: unknown) => console.error('The case list could not be read', error),
    );
    return () => {
      current = false;
    };
  }, [db, filter, version, immediate]);
  return immediate ?? fetched;
}

/** Cases recently drawn, keyed by id and last change, so a changed case is never shown stale. */
const rowCache = new Map<string, JournalCase>();
const rowCacheLimit = 3000;
let cacheGeneration = 0;
const cacheKey = (entry: ListEntry) => `${entry.id}@${entry.u}`;

/** An import can change a case without changing its time stamp: then nothing cached is trusted. */
function checkGeneration(generation: number) {
  if (generation !== cacheGeneration) {
    rowCache.clear();
    cacheGeneration = generation;
  }
}

function remember(key: string, journalCase: JournalCase) {
  rowCache.set(key, journalCase);
  if (rowCache.size > rowCacheLimit) {
    // Drop the older half at once: deleting one entry at a time leaves a Map full of holes that
    // every later lookup of its oldest key has to skip (quadratic, and a long task while scrolling).
    const newest = [...rowCache].slice(-rowCacheLimit / 2);
    rowCache.clear();
    for (const [k, v] of newest) rowCache.set(k, v);
  }
}

async function loadRows(db: JournalDatabase, entries: readonly ListEntry[]): Promise<void> {
  const records = await db.cases.bulkGet(entries.map((entry) => entry.id));
  records.forEach((record, index) => {
    if (record) remember(cacheKey(entries[index]!), record);
  });
}

/** The entries at the visible positions and their cases, fetched only when not already at hand. */
export function useCaseRows(listed: ListedCases | undefined, start: number, end: number) {
  const { db } = useJournal();
  checkGeneration(caseOrder(db).generation);
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const inMemory = listed?.source.entries ?? null;
  const [paged, setPaged] = useState<{ listed: ListedCases; start: number; entries: readonly ListEntry[] }>();
  const visible =
    inMemory !== null
      ? { listed, start, entries: inMemory.slice(start, end) }
      : paged && paged.listed === listed
        ? paged
        : undefined;

  useLayoutEffect(() => {
    if (!listed || inMemory !== null) return;
    let current = true;
    listed.source.entriesFor(start, end).then((entries) => current && setPaged({ listed, start, entries }));
    return () => {
      current = false;
    };
  }, [listed, inMemory, start, end]);

  const missing = visible ? visible.entries.filter((entry) => !rowCache.has(cacheKey(entry))) : [];
  const missingKey = missing.map(cacheKey).join(',');
  useLayoutEffect(() => {
    if (missing.length === 0) return;
    let current = true;
    loadRows(db, missing).then(() => current && rerender());
    return () => {
      current = false;
    };
    // missingKey stands for `missing`, which is a new array on every render.
  }, [db, missingKey]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!visible || !listed) return undefined;
  const rows = new Map<string, JournalCase>();
  for (const entry of visible.entries) {
    const journalCase = rowCache.get(cacheKey(entry));
    if (journalCase) rows.set(entry.id, journalCase);
  }
  return { listed, start: visible.start, ids: visible.entries.map((entry) => entry.id), rows, complete: missing.length === 0 };
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
