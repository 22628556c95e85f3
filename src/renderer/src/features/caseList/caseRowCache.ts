import type { JournalCase } from '@shared/domain/caseSchema';
import type { JournalDatabase } from '../../db/journalDatabase';
import type { ListEntry } from '../../db/listEntries';
import { caseOrder } from '../../db/caseOrder';
import { caseRowSummary, type CaseRowSummary } from './caseRowSummary';

/** Rows recently drawn in the list, keyed by id and last change, so a changed case is never shown stale. */
const rowCache = new Map<string, CaseRowSummary>();
const rowCacheLimit = 800;
let cacheGeneration = 0;

export const rowKey = (entry: ListEntry) => `${entry.id}@${entry.u}`;

/** An import can change a case without changing its time stamp: then nothing cached is trusted. */
function checkGeneration(db: JournalDatabase) {
  const generation = caseOrder(db).generation;
  if (generation !== cacheGeneration) {
    rowCache.clear();
    cacheGeneration = generation;
  }
}

function remember(key: string, row: CaseRowSummary) {
  rowCache.set(key, row);
  if (rowCache.size > rowCacheLimit) {
    // Drop the older half at once: deleting one entry at a time leaves a Map full of holes that
    // every later lookup of its oldest key has to skip (quadratic, and a long task while scrolling).
    const newest = [...rowCache].slice(-rowCacheLimit / 2);
    rowCache.clear();
    for (const [k, v] of newest) rowCache.set(k, v);
  }
}

export function cachedRow(db: JournalDatabase, entry: ListEntry): CaseRowSummary | undefined {
  checkGeneration(db);
  return rowCache.get(rowKey(entry));
}

export async function loadRows(db: JournalDatabase, entries: readonly ListEntry[]): Promise<void> {
  const generation = caseOrder(db).generation;
  const records = await db.cases.bulkGet(entries.map((entry) => entry.id));
  keepRows(db, generation, entries, records);
}

let reading: Promise<void> | null = null;
let waiting: { db: JournalDatabase; entries: readonly ListEntry[]; done: () => void } | null = null;

/**
 * Reads the rows on screen, one read at a time: while one is under way, only the newest request
 * waits, and the ones it replaces are dropped (their rows have scrolled past). A fast scroll thus
 * reads what stops on screen, not every screen it passes, and leaves far less garbage behind.
 */
export function loadVisibleRows(db: JournalDatabase, entries: readonly ListEntry[]): Promise<void> {
  if (!reading) {
    reading = loadRows(db, entries).finally(readNext);
    return reading;
  }
  waiting?.done();
  return new Promise((resolve) => {
    waiting = { db, entries, done: resolve };
  });
}

function readNext(): void {
  reading = null;
  const next = waiting;
  waiting = null;
  if (next) void loadVisibleRows(next.db, next.entries).then(next.done, next.done);
}

/** Rows of cases read elsewhere (`entries[i]` is the entry of `records[i]`), if nothing was imported meanwhile. */
export function keepRows(
  db: JournalDatabase,
  generation: number,
  entries: readonly ListEntry[],
  records: readonly (JournalCase | undefined)[],
): void {
  checkGeneration(db);
  if (generation !== cacheGeneration) return;
  records.forEach((record, index) => {
    if (record) remember(rowKey(entries[index]!), caseRowSummary(record));
  });
}
