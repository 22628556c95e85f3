import type { CaseRowSummary } from '../../../db/caseRowSummary';
import { emptyFilter, listedPage } from '../../../db/caseListQuery';
import type { JournalDatabase } from '../../../db/journalDatabase';
import type { ListEntry } from '../../../db/listEntries';
import { caseRowHeight } from '../caseRowHeight';
import type { CaseListSource } from './caseListSource';
import { readRows } from './caseRows';

/** What the first screen's read needs from the store. */
export interface FirstScreenReader {
  db: JournalDatabase;
  /** Changes whenever the list changes: a screen read before a write is stale. */
  version(): number;
  keepRows(entries: readonly ListEntry[], rows: readonly (CaseRowSummary | undefined)[]): void;
  /** The counted answer for the journal view, which replaces the provisional first screen. */
  count(): Promise<CaseListSource>;
}

/**
 * The first screen's hand-over, the one protocol between the entry point and the list:
 * 1. `prime()` — the entry point starts reading the journal's newest cases (and their rows) before
 *    React has even loaded;
 * 2. `takeRead()` — the list's first render takes the screen if it has been read, so frame and rows
 *    are drawn in one pass;
 * 3. `take()` — otherwise the list's first read waits for it instead of reading again.
 * It is handed over once, and only while current: a write since the read started makes it stale,
 * and the list then reads for itself.
 */
export class FirstScreen {
  private primed: { screen: Promise<Screen>; read?: Screen } | null = null;

  constructor(private readonly reader: FirstScreenReader) {}

  /** Starts the read; the answer says when it is over (it never fails: a failed read is reported by `take`). */
  prime(): Promise<void> {
    const primed: NonNullable<FirstScreen['primed']> = { screen: readScreen(this.reader) };
    this.primed = primed;
    return primed.screen.then(
      (read) => {
        primed.read = read;
      },
      () => undefined,
    );
  }

  /** The screen if it has been read and is current; taken once. */
  takeRead(): CaseListSource | undefined {
    if (!this.primed?.read) return undefined;
    return this.current(this.handOver()?.read);
  }

  /** The screen once read, if it was primed and is still current; taken once. */
  async take(): Promise<CaseListSource | undefined> {
    const taken = this.handOver();
    if (!taken) return undefined;
    const screen = await taken.screen.catch((error: unknown) => {
      console.error('Could not read the first screen early', error);
      return undefined;
    });
    return this.current(screen);
  }

  private handOver() {
    const taken = this.primed;
    this.primed = null;
    return taken;
  }

  private current(screen: Screen | undefined): CaseListSource | undefined {
    return screen && screen.version === this.reader.version() ? screen.source : undefined;
  }
}

interface Screen {
  source: CaseListSource;
  /** The list's version when the read started. */
  version: number;
}

async function readScreen(reader: FirstScreenReader): Promise<Screen> {
  const { db } = reader;
  // As many rows as the list's first render draws (a window's height and its overscan), with room.
  const rows = Math.ceil(window.innerHeight / caseRowHeight) + 8;
  const version = reader.version();
  // The newest entries of the journal (an index step, the Trash left out) and their rows, in one
  // read transaction: a few hundred bytes a case, never whole cases.
  const [first, firstRows] = await db.transaction('r', [db.listEntries, db.caseRows, db.cases], async () => {
    const entries = await listedPage(db, emptyFilter, 0, rows);
    return [entries, await readRows(db, entries)] as const;
  });
  reader.keepRows(first, firstRows);
  // Counting 100,000 entries takes far longer than reading a page, keeps a core busy, and the
  // database answers one request at a time: the list counts when its first rows are on screen.
  let counted: Promise<CaseListSource> | undefined;
  const settle = () => (counted ??= reader.count());
  const covers = (start: number, end: number) => start >= 0 && end <= first.length;
  return {
    version,
    source: {
      total: first.length,
      settle,
      peek: (start, end) => (covers(start, end) ? first.slice(start, end) : null),
      entriesFor: async (start, end): Promise<readonly ListEntry[]> =>
        covers(start, end) ? first.slice(start, end) : (await settle()).entriesFor(start, end),
    },
  };
}
