import { useEffect, useLayoutEffect, useSyncExternalStore } from 'react';
import { useJournal } from '../../journalContext';
import type { CaseListFilter } from '../../db/caseListQuery';
import type { ListedCases, VisibleRows } from './store/caseListStore';

/**
 * What the list shows for `filter`: at once from memory once the order is loaded; until then the
 * latest answer read from the database (the first screen, read while the interface loaded, at the
 * very first render).
 */
export function useListedCases(filter: CaseListFilter): ListedCases | undefined {
  const { list } = useJournal();
  const listed = useSyncExternalStore(list.subscribe, () => list.listed(filter));
  useLayoutEffect(() => list.request(filter), [list, filter]);
  const ready = listed !== undefined;
  useEffect(() => {
    if (ready) list.warmUp();
  }, [list, ready]);
  return listed;
}

/** The ids and rows at the visible positions of an answer, read when not already at hand. */
export function useVisibleRows(listed: ListedCases | undefined, start: number, end: number): VisibleRows | undefined {
  const { list } = useJournal();
  const visible = useSyncExternalStore(list.subscribe, () => list.visibleRows(listed, start, end));
  useLayoutEffect(() => list.requestRows(listed, start, end), [list, listed, start, end]);
  return visible;
}

/** A stable text for a filter, for the readiness marker that tests and the benchmark wait on. */
export function filterKey(filter: CaseListFilter): string {
  // The cases needing attention only when that filter is on, so the other filters' keys stay as they were.
  const attention = filter.attention === null ? [] : [[...filter.attention].sort()];
  return JSON.stringify([filter.view, filter.status, filter.category, filter.proof, filter.text, ...attention]);
}
