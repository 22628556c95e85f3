import { caseListSource, emptyFilter, firstPage, type CaseListSource } from '../../db/caseListQuery';
import type { JournalDatabase } from '../../db/journalDatabase';
import type { ListEntry } from '../../db/listEntries';
import { caseOrder } from '../../db/caseOrder';
import { loadRows } from './caseRowCache';
import { caseRowHeight } from './caseRowHeight';

let primed: { db: JournalDatabase; source: CaseListSource; version: number } | null = null;

/**
 * Reads the first screen of the journal while the rest of the app is still starting (settings,
 * language), so the list renders its rows in its very first render.
 */
export async function primeFirstScreen(db: JournalDatabase): Promise<void> {
  const rows = Math.ceil(window.innerHeight / caseRowHeight) + 8;
  const version = caseOrder(db).getVersion();
  const first = await firstPage(db, rows);
  performance.mark('journal:first-page');
  await loadRows(db, first);
  performance.mark('journal:first-cases');
  // Counting 100,000 entries takes far longer than reading a page, and the database answers one
  // request at a time: count only once the first screen's reads are done, and draw meanwhile.
  const settled = caseListSource(db, emptyFilter);
  const covers = (start: number, end: number) => start >= 0 && end <= first.length;
  primed = {
    db,
    version,
    source: {
      total: first.length,
      settled,
      peek: (start, end) => (covers(start, end) ? first.slice(start, end) : null),
      entriesFor: async (start, end): Promise<readonly ListEntry[]> =>
        covers(start, end) ? first.slice(start, end) : (await settled).entriesFor(start, end),
    },
  };
}

/** The primed first screen, once, if it is still current. */
export function takeFirstScreen(db: JournalDatabase): { source: CaseListSource; version: number } | undefined {
  const taken = primed;
  primed = null;
  return taken && taken.db === db && taken.version === caseOrder(db).getVersion() ? taken : undefined;
}
