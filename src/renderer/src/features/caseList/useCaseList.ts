import { useEffect, useLayoutEffect, useMemo, useReducer, useState, useSyncExternalStore } from 'react';
import { useJournal } from '../../journalContext';
import { caseListSource, caseListSourceNow, emptyFilter, type CaseListFilter, type CaseListSource } from '../../db/caseListQuery';
import { caseOrder } from '../../db/caseOrder';
import type { ListEntry } from '../../db/listEntries';
import { cachedRow, loadVisibleRows, rowKey } from './caseRowCache';
import type { CaseRowSummary } from './caseRowSummary';
import { takeFirstScreen, takeReadFirstScreen } from './firstScreen';

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
  const [fetched, setFetched] = useState<(ListedCases & { version: number }) | undefined>(() => {
    // The journal's first screen, when it was read while the interface loaded, is drawn at once.
    const primed = filter === emptyFilter ? takeReadFirstScreen(db) : undefined;
    return primed && { ...primed, filter };
  });
  useLayoutEffect(() => {
    if (immediate || (fetched && fetched.filter === filter && fetched.version === version)) return;
    let current = true;
    const read = async (): Promise<ListedCases & { version: number }> => {
      // The first screen still being read when the list mounted: wait for it if it is still current.
      const primed = filter === emptyFilter && !fetched ? await takeFirstScreen(db) : undefined;
      return primed ? { ...primed, filter } : { source: await caseListSource(db, filter), filter, version };
    };
    read().then(
      (answer) => current && setFetched(answer),
      (error: unknown) => console.error('The case list could not be read', error),
    );
    return () => {
      current = false;
    };
    // `fetched` is what this effect produces; it only decides whether the effect has work to do.
  }, [db, filter, version, immediate]); // eslint-disable-line react-hooks/exhaustive-deps

  // A provisional first screen is replaced by the counted answer, counted once the first rows are
  // on screen (after the next frame), so the count does not compete with drawing them.
  const settle = fetched?.source.settle;
  useEffect(() => {
    if (!settle) return;
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        settle().then(
          (source) => {
            if (current) setFetched((shown) => (shown && shown.source.settle === settle ? { ...shown, source } : shown));
          },
          (error: unknown) => console.error('The case list could not be counted', error),
        );
      });
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [settle]);
  return immediate ?? fetched;
}

/** The entries at the visible positions and their cases, fetched only when not already at hand. */
export function useCaseRows(listed: ListedCases | undefined, start: number, end: number) {
  const { db } = useJournal();
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const [paged, setPaged] = useState<{ listed: ListedCases; start: number; entries: readonly ListEntry[] }>();
  const peeked = listed?.source.peek(start, end) ?? null;
  const visible =
    peeked !== null ? { listed, start, entries: peeked } : paged && paged.listed === listed ? paged : undefined;
  const atHand = peeked !== null;

  useLayoutEffect(() => {
    if (!listed || atHand) return;
    let current = true;
    listed.source.entriesFor(start, end).then((entries) => current && setPaged({ listed, start, entries }));
    return () => {
      current = false;
    };
  }, [listed, atHand, start, end]);

  const missing = visible ? visible.entries.filter((entry) => !cachedRow(db, entry)) : [];
  const missingKey = missing.map(rowKey).join(',');
  useLayoutEffect(() => {
    if (missing.length === 0) return;
    let current = true;
    loadVisibleRows(db, missing).then(() => current && rerender());
    return () => {
      current = false;
    };
    // missingKey stands for `missing`, which is a new array on every render.
  }, [db, missingKey]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!visible || !listed) return undefined;
  const rows = new Map<string, CaseRowSummary>();
  for (const entry of visible.entries) {
    const row = cachedRow(db, entry);
    if (row) rows.set(entry.id, row);
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
