import { emptyFilter, type CaseListFilter } from '../../../db/caseListQuery';
import type { JournalDatabase } from '../../../db/journalDatabase';
import type { ListEntry } from '../../../db/listEntries';
import type { ListChange } from '../../../db/listWrites';
import type { CaseRowSummary } from '../../../db/caseRowSummary';
import { CaseOrder } from './caseOrder';
import { CaseRows } from './caseRows';
import { FirstScreen } from './firstScreen';
import { prepareHolidaysInIdleTime } from './holidaysInIdleTime';
import { readSource, sourceNow, type CaseListSource, type ListedCases } from './caseListSource';

export type { CaseListSource, ListedCases };

/** The rows at the visible positions, as far as they are at hand. */
export interface VisibleRows {
  listed: ListedCases;
  start: number;
  ids: string[];
  rows: Map<string, CaseRowSummary>;
  /** Every row in `ids` is in `rows`. */
  complete: boolean;
}

/**
 * The case list's one owner, one per database: the in-memory order and word index, the rows read
 * for the screen, the first screen's hand-over and the reads from the database. It hears every
 * committed write from the database itself (`db.listWrites`), whoever made it, and React reads it
 * with `useSyncExternalStore` (`subscribe`, and the `listed`/`visibleRows` snapshots).
 *
 * Answers are read in two ways: at once from memory once the order is loaded; until then (and for
 * the first search, which waits for the word index) from the database, asked for with `request`,
 * the latest answer kept until a newer one comes.
 */
export class CaseListStore {
  readonly order: CaseOrder;
  private readonly rows: CaseRows;
  private readonly firstScreen: FirstScreen;
  private readonly listeners = new Set<() => void>();
  private readonly stopHearing: () => void;

  /** The answer read from the database, for the filter last requested (or an older one, until it comes). */
  private fetched: (ListedCases & { version: number }) | undefined;
  private wanted: CaseListFilter | undefined;
  private reads = 0;
  /** The in-memory answer last given, kept while nothing changes so snapshots stay the same object. */
  private inMemory: (ListedCases & { version: number }) | undefined;

  /** The entries read for a range the source could not peek at. */
  private paged: { listed: ListedCases; start: number; end: number; entries: readonly ListEntry[] } | undefined;
  private rowsVersion = 0;
  private visible: { key: readonly unknown[]; rows: VisibleRows | undefined } | undefined;
  private warmedUp = false;
  private closed = false;

  constructor(private readonly db: JournalDatabase) {
    this.order = new CaseOrder(db);
    this.rows = new CaseRows(db, () => this.rowsChanged());
    this.firstScreen = new FirstScreen({
      db,
      version: () => this.order.getVersion(),
      keepRows: (entries, rows) => this.rows.keep(entries, rows),
      count: () => readSource(db, this.order, emptyFilter),
    });
    this.order.subscribe(() => this.orderChanged());
    this.stopHearing = db.listWrites.hear((changes) => this.hear(changes));
  }

  /** Stops hearing the database (a closed profile, the end of a test). */
  close(): void {
    this.closed = true;
    this.stopHearing();
    this.listeners.clear();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** One transaction's changes: the list is told once (a save writes both a case's entry and its row). */
  private hear(changes: readonly ListChange[]): void {
    // A row written (by whoever: the repository, an import, another window) is read again when shown.
    // Rows are kept by case and last change, but an import may change a case and keep its time stamp.
    for (const change of changes) {
      this.rows.forget(change.kind === 'reset' ? undefined : change.kind === 'upsert' ? change.entries.map((entry) => entry.id) : (change.ids ?? undefined));
    }
    this.rowsVersion += 1;
    const entryChanges = changes.filter((change) => change.kind !== 'rows');
    // The order tells the store of each of its changes (orderChanged), which tells the list.
    for (const change of entryChanges) this.order.hear(change);
    if (entryChanges.length === 0) this.notify();
  }

  private orderChanged(): void {
    // Whatever was read from the database before the change is stale: read it again.
    if (this.wanted && !this.order.loaded) this.read(this.wanted);
    this.notify();
  }

  private rowsChanged(): void {
    this.rowsVersion += 1;
    this.notify();
  }

  /** Starts reading the first screen of the journal; see FirstScreen. */
  primeFirstScreen(): Promise<void> {
    return this.firstScreen.prime();
  }

  /**
   * What the list shows for `filter`, without waiting: from memory once the order is loaded, else
   * the latest answer read from the database (maybe for an earlier filter), or undefined before any.
   */
  listed(filter: CaseListFilter): ListedCases | undefined {
    const version = this.order.getVersion();
    if (this.inMemory && this.inMemory.filter === filter && this.inMemory.version === version) return this.inMemory;
    const source = sourceNow(this.order, filter);
    if (source) {
      this.inMemory = { source, filter, version };
      return this.inMemory;
    }
    if (!this.fetched && filter === emptyFilter) {
      // The journal's first screen, when it was read while the interface loaded, is drawn at once.
      const screen = this.firstScreen.takeRead();
      if (screen) this.fetched = { source: screen, filter, version };
    }
    return this.fetched;
  }

  /** Asks for `filter`'s answer: read from the database unless memory or the latest read has it. */
  request(filter: CaseListFilter): void {
    this.wanted = filter;
    if (this.order.loaded) return;
    const fetched = this.fetched;
    if (fetched && fetched.filter === filter && fetched.version === this.order.getVersion()) {
      if (fetched.source.settle) this.settleSoon(fetched);
      return;
    }
    this.read(filter);
  }

  private read(filter: CaseListFilter): void {
    const read = ++this.reads;
    const version = this.order.getVersion();
    const firstRead = this.fetched === undefined && filter === emptyFilter;
    const answer = async (): Promise<CaseListSource> =>
      // The first screen still being read when the list asked: wait for it if it is still current.
      (firstRead ? await this.firstScreen.take() : undefined) ?? readSource(this.db, this.order, filter);
    answer().then(
      (source) => {
        if (read !== this.reads) return;
        this.fetched = { source, filter, version };
        if (source.settle) this.settleSoon(this.fetched);
        this.notify();
      },
      (error: unknown) => this.closed || console.error('The case list could not be read', error),
    );
  }

  /**
   * A provisional first screen is replaced by the counted answer, counted once the first rows are
   * on screen (after the next frame), so the count does not compete with drawing them.
   */
  private settleSoon(provisional: NonNullable<CaseListStore['fetched']>): void {
    const settle = provisional.source.settle!;
    requestAnimationFrame(() =>
      setTimeout(() => {
        settle().then(
          (source) => {
            if (this.fetched !== provisional) return;
            this.fetched = { ...provisional, source };
            this.notify();
          },
          (error: unknown) => this.closed || console.error('The case list could not be counted', error),
        );
      }),
    );
  }

  /** The ids the list shows for `filter`, all of them (what "Export" and "PDF" of a filtered list take). */
  async idsFor(filter: CaseListFilter): Promise<string[]> {
    const source = sourceNow(this.order, filter) ?? (await readSource(this.db, this.order, filter));
    return (await source.entriesFor(0, source.total)).map((entry) => entry.id);
  }

  /**
   * The entries and rows at positions `start` to `end` of an answer, as far as they are at hand
   * (the same object while nothing changes); `requestRows` reads what is missing.
   */
  visibleRows(listed: ListedCases | undefined, start: number, end: number): VisibleRows | undefined {
    const key = [listed, start, end, this.rowsVersion, this.paged] as const;
    if (this.visible && key.every((part, index) => part === this.visible!.key[index])) return this.visible.rows;
    this.visible = { key, rows: this.rowsAt(listed, start, end) };
    return this.visible.rows;
  }

  private entriesAt(listed: ListedCases, start: number, end: number) {
    const peeked = listed.source.peek(start, end);
    if (peeked !== null) return { start, entries: peeked, exact: true };
    const paged = this.paged;
    // Until the entries come, the ones read for the previous position stand in.
    if (!paged || paged.listed !== listed) return undefined;
    return { start: paged.start, entries: paged.entries, exact: paged.start === start && paged.end === end };
  }

  private rowsAt(listed: ListedCases | undefined, start: number, end: number): VisibleRows | undefined {
    if (!listed) return undefined;
    const at = this.entriesAt(listed, start, end);
    if (!at) return undefined;
    const rows = new Map<string, CaseRowSummary>();
    let complete = true;
    for (const entry of at.entries) {
      const row = this.rows.row(entry);
      if (row) rows.set(entry.id, row);
      else complete = false;
    }
    return { listed, start: at.start, ids: at.entries.map((entry) => entry.id), rows, complete };
  }

  /** Reads the entries and rows at positions `start` to `end` of an answer that are not at hand. */
  requestRows(listed: ListedCases | undefined, start: number, end: number): void {
    if (!listed) return;
    const at = this.entriesAt(listed, start, end);
    if (at?.exact) {
      this.readMissingRows(at.entries);
      return;
    }
    listed.source.entriesFor(start, end).then(
      (entries) => {
        this.paged = { listed, start, end, entries };
        this.notify();
        this.readMissingRows(entries);
      },
      (error: unknown) => console.error('The case list could not be read', error),
    );
  }

  private readMissingRows(entries: readonly ListEntry[]): void {
    const missing = entries.filter((entry) => !this.rows.row(entry));
    if (missing.length === 0) return;
    this.rows.readVisible(missing).catch((error: unknown) => this.closed || console.error('The case list’s rows could not be read', error));
  }

  /** Loads the in-memory order once the first screen is up, in the browser's idle time. */
  warmUp(): void {
    if (this.warmedUp) return;
    this.warmedUp = true;
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => {
      if (this.closed) return;
      this.order
        .load()
        // For the benchmark's heap after open, and anyone timing the app in DevTools.
        .then(() => performance.mark('journal:list-order-loaded'))
        // Rows under review count business days with their country's holidays: those of the
        // countries in use are prepared next, in idle time, rather than when such a row scrolls into view.
        .then(() => (this.closed ? undefined : prepareHolidaysInIdleTime(this.db, idle)))
        .catch((error: unknown) => this.closed || console.error('The case list could not be loaded', error));
    });
  }
}
