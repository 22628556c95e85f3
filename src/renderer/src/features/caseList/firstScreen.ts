import { caseListSource, emptyFilter, firstPage, type CaseListSource } from '../../db/caseListQuery';
import type { JournalDatabase } from '../../db/journalDatabase';
import { orderEntryOf, type ListEntry } from '../../db/listEntries';
import { caseOrder } from '../../db/caseOrder';
import { keepRows, loadRows } from './caseRowCache';
import { caseRowHeight } from './caseRowHeight';

interface FirstScreen {
  source: CaseListSource;
  /** The order's version when the read started: a write since then makes it stale. */
  version: number;
}

/** Read beyond the screen, so a few cases in the Trash among the newest do not leave it short. */
const spareRows = 8;

let primed: { db: JournalDatabase; screen: Promise<FirstScreen>; read?: FirstScreen } | null = null;

/**
 * Starts reading the first screen of the journal (its newest cases) before the interface has even
 * loaded, so the list can draw real rows as soon as it mounts. The answer says when the read is
 * over (it never fails: a failed read is reported by `takeFirstScreen`, and the list reads itself).
 */
export function primeFirstScreen(db: JournalDatabase): Promise<void> {
  const screen = readFirstScreen(db);
  const entry: NonNullable<typeof primed> = { db, screen };
  primed = entry;
  return screen.then(
    (read) => {
      entry.read = read;
    },
    () => undefined,
  );
}

async function readFirstScreen(db: JournalDatabase): Promise<FirstScreen> {
  // As many rows as the list's first render draws (a window's height and its overscan), with room.
  const rows = Math.ceil(window.innerHeight / caseRowHeight) + 8;
  const order = caseOrder(db);
  const version = order.getVersion();
  const generation = order.generation;
  // One indexed read of the newest cases, the common case; the Trash's cases among them are left
  // out, and only when that leaves the screen short is the list's own index paged instead.
  const newest = await db.cases.orderBy('updatedAt').reverse().limit(rows + spareRows).toArray();
  const live = newest.filter((journalCase) => journalCase.deletedAt === null).slice(0, rows);
  let first: ListEntry[];
  if (live.length === rows || newest.length < rows + spareRows) {
    first = live.map(orderEntryOf);
    keepRows(db, generation, first, live);
  } else {
    first = await firstPage(db, rows);
    await loadRows(db, first);
  }
  // Counting 100,000 entries takes far longer than reading a page, keeps a core busy, and the
  // database answers one request at a time: the list counts when its first rows are on screen.
  let settled: Promise<CaseListSource> | undefined;
  const settle = () => (settled ??= caseListSource(db, emptyFilter));
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

/**
 * The primed first screen, already read, for the list's very first render, so the rows and the
 * frame around them are drawn in one pass. Taken once; undefined when it is still being read (then
 * `takeFirstScreen` waits for it), when it was never primed, or when a write has made it stale.
 */
export function takeReadFirstScreen(db: JournalDatabase): FirstScreen | undefined {
  if (!primed?.read || primed.db !== db) return undefined;
  return stillCurrent(db, take(db)?.read);
}

/**
 * The primed first screen (taken once), when it is still current once read; otherwise undefined,
 * and the list reads for itself.
 */
export async function takeFirstScreen(db: JournalDatabase): Promise<FirstScreen | undefined> {
  const taken = take(db);
  if (!taken) return undefined;
  const screen = await taken.screen.catch((error: unknown) => {
    console.error('Could not read the first screen early', error);
    return undefined;
  });
  return stillCurrent(db, screen);
}

/** The primed read, handed over once (and only for the database it was primed for). */
function take(db: JournalDatabase): typeof primed {
  const taken = primed;
  primed = null;
  return taken?.db === db ? taken : null;
}

function stillCurrent(db: JournalDatabase, screen: FirstScreen | undefined): FirstScreen | undefined {
  return screen && screen.version === caseOrder(db).getVersion() ? screen : undefined;
}
