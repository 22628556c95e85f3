import type { JournalDatabase } from '../../../db/journalDatabase';
import type { ListEntry } from '../../../db/listEntries';
import { caseRowSummary, type CaseRowSummary } from '../../../db/caseRowSummary';

const rowLimit = 800;

/** A row, and the last change of the case it was read from: a changed case is never shown stale. */
interface KeptRow {
  updatedAt: string;
  row: CaseRowSummary;
}

/**
 * What the list's rows say, for the cases recently on screen, and the one reader that fetches
 * them: a row is read from the database's `caseRows` table (a few dozen bytes a case, never the
 * whole case) once and kept until it has long scrolled away.
 */
export class CaseRows {
  private readonly rows = new Map<string, KeptRow>();
  /** Bumped by `forget`: a read started before it must not fill the cache with what it read. */
  private generation = 0;
  private reading: Promise<void> | null = null;
  private waiting: { entries: readonly ListEntry[]; done: () => void } | null = null;

  constructor(
    private readonly db: JournalDatabase,
    /** Called after rows were read. */
    private readonly onRead: () => void,
  ) {}

  row(entry: ListEntry): CaseRowSummary | undefined {
    const kept = this.rows.get(entry.id);
    return kept?.updatedAt === entry.updatedAt ? kept.row : undefined;
  }

  /**
   * An import can change a case without changing its time stamp: the rows of the cases written (or
   * all of them) are not trusted any more, nor any read that started before.
   */
  forget(ids?: readonly string[]): void {
    this.generation += 1;
    if (!ids) this.rows.clear();
    else for (const id of ids) this.rows.delete(id);
  }

  /** Rows read elsewhere (`rows[i]` is the row of `entries[i]`). */
  keep(entries: readonly ListEntry[], rows: readonly (CaseRowSummary | undefined)[], generation = this.generation): void {
    if (generation !== this.generation) return;
    rows.forEach((row, index) => {
      if (row) this.remember(entries[index]!.id, { updatedAt: entries[index]!.updatedAt, row });
    });
  }

  async read(entries: readonly ListEntry[]): Promise<void> {
    const generation = this.generation;
    this.keep(entries, await readRows(this.db, entries), generation);
  }

  /**
   * Reads the rows on screen, one read at a time: while one is under way, only the newest request
   * waits, and the ones it replaces are dropped (their rows have scrolled past). A fast scroll thus
   * reads what stops on screen, not every screen it passes, and leaves far less garbage behind.
   */
  readVisible(entries: readonly ListEntry[]): Promise<void> {
    if (!this.reading) {
      this.reading = this.read(entries)
        .then(this.onRead)
        .finally(() => this.readNext());
      return this.reading;
    }
    this.waiting?.done();
    return new Promise((resolve) => {
      this.waiting = { entries, done: resolve };
    });
  }

  private readNext(): void {
    this.reading = null;
    const next = this.waiting;
    this.waiting = null;
    if (next) void this.readVisible(next.entries).then(next.done, next.done);
  }

  private remember(id: string, row: KeptRow): void {
    this.rows.delete(id); // so it counts as the newest
    this.rows.set(id, row);
    if (this.rows.size > rowLimit) {
      // Drop the older half at once: deleting one entry at a time leaves a Map full of holes that
      // every later lookup of its oldest key has to skip (quadratic, and a long task while scrolling).
      const newest = [...this.rows].slice(-rowLimit / 2);
      this.rows.clear();
      for (const [key, value] of newest) this.rows.set(key, value);
    }
  }
}

/**
 * The stored rows of `entries`' cases. A case whose row is missing (written by a path that wrote
 * its list entry but not its row) gets its row from the whole case, so it is shown all the same.
 */
export async function readRows(db: JournalDatabase, entries: readonly ListEntry[]): Promise<(CaseRowSummary | undefined)[]> {
  const rows: (CaseRowSummary | undefined)[] = await db.caseRows.bulkGet(entries.map((entry) => entry.id));
  const missing = entries.filter((_, index) => rows[index] === undefined).map((entry) => entry.id);
  if (missing.length === 0) return rows;
  // Every write path keeps a case's row beside its entry (besideEachCase): a missing one is a bug
  // somewhere, said here so it is found, while the list still shows the case.
  console.warn(`The list rows of ${missing.length} case(s) were missing and were read from the cases`, missing.slice(0, 5));
  const records = new Map((await db.cases.bulkGet(missing)).flatMap((record) => (record ? [[record.id, caseRowSummary(record)] as const] : [])));
  return entries.map((entry, index) => rows[index] ?? records.get(entry.id));
}
