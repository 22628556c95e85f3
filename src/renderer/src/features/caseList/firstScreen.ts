import { caseListSource, emptyFilter, type CaseListSource } from '../../db/caseListQuery';
import type { JournalDatabase } from '../../db/journalDatabase';
import type { ListEntry } from '../../db/listEntries';
import { caseOrder } from '../../db/caseOrder';
import { loadRows } from './caseRowCache';
import { caseRowHeight } from './CaseRow';

let primed: { db: JournalDatabase; source: CaseListSource; version: number } | null = null;

/**
 * Reads the first screen of the journal while the rest of the app is still starting (settings,
 * language), so the list renders its rows in its very first render.
 */
export async function primeFirstScreen(db: JournalDatabase): Promise<void> {
  const rows = Math.ceil(window.innerHeight / caseRowHeight) + 8;
  const version = caseOrder(db).getVersion();
  const source = await caseListSource(db, emptyFilter);
  const first = await source.entriesFor(0, rows);
  await loadRows(db, first);
  const covers = (start: number, end: number) => start >= 0 && end <= first.length;
  primed = {
    db,
    version,
    source: {
      ...source,
      peek: (start, end) => (covers(start, end) ? first.slice(start, end) : null),
      entriesFor: (start, end): Promise<readonly ListEntry[]> =>
        covers(start, end) ? Promise.resolve(first.slice(start, end)) : source.entriesFor(start, end),
    },
  };
}

/** The primed first screen, once, if it is still current. */
export function takeFirstScreen(db: JournalDatabase): { source: CaseListSource; version: number } | undefined {
  const taken = primed;
  primed = null;
  return taken && taken.db === db && taken.version === caseOrder(db).getVersion() ? taken : undefined;
}
