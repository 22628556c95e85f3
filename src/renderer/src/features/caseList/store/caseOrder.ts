import { Dexie } from 'dexie';
import type { CaseListFilter } from '../../../db/caseListQuery';
import type { JournalDatabase } from '../../../db/journalDatabase';
import { listEntryFromStored, wordsOfEntry, type ListEntry, type StoredListEntry } from '../../../db/listEntries';
import type { ListChange } from '../../../db/listWrites';
import { SearchIndex } from './searchIndex';


/**
 * Every case's list entry, newest change first, and a word index over all cases, in memory:
 * filters and searches become loops over small objects instead of trips to the database. Loaded
 * in chunks after the first screen (each chunk one short task), then kept current with every
 * committed write the database reports (`hear`, see db/listWrites). One per store, one store per
 * database.
 */
export class CaseOrder {
  private entries: OrderedEntry[] = [];
  private index = new SearchIndex();
  private state: 'empty' | 'loading' | 'loaded' = 'empty';
  private pending: (() => void)[] = [];
  private loading: Promise<void> | null = null;
  /** Loads started: a load overtaken by a newer one (a reset while loading) leaves the result to it. */
  private loads = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: JournalDatabase,
    /** Entries read per task while loading: small enough that reading and indexing them stays short. */
    private readonly chunk = 2_000,
  ) {}

  get loaded(): boolean {
    return this.state === 'loaded';
  }

  /** Starts loading (once) and resolves when every entry is in memory. */
  load(): Promise<void> {
    this.loading ??= this.readAll();
    return this.loading;
  }

  private async readAll(): Promise<void> {
    this.state = 'loading';
    const load = ++this.loads;
    // Read in index order (oldest first), a chunk per task, so nothing needs sorting afterwards.
    const all: OrderedEntry[] = [];
    const index = new SearchIndex();
    for (const t of [0, 1] as const) {
      // Keyset paging: each chunk starts at the last change time seen, skipping the ids already read.
      let from: string | typeof Dexie.minKey = Dexie.minKey;
      let seenAtFrom = new Set<string>();
      for (;;) {
        const batch: StoredListEntry[] = await this.db.listEntries
          .where('[t+u]')
          .between([t, from], [t, Dexie.maxKey], true, true)
          .limit(this.chunk + seenAtFrom.size)
          .toArray();
        const fresh = batch.filter((entry) => !(entry.u === from && seenAtFrom.has(entry.id)));
        for (const entry of fresh) {
          const slot = index.add(entry.id, wordsOfEntry(entry));
          all.push(ordered(entry, slot));
        }
        // Sorting the words chunk by chunk keeps every step short; one sort at the end would not be.
        index.sortNewWords();
        if (batch.length < this.chunk + seenAtFrom.size) break;
        const last: string = batch[batch.length - 1]!.u;
        const atLast = batch.filter((entry) => entry.u === last).map((entry) => entry.id);
        seenAtFrom = last === from ? new Set([...seenAtFrom, ...atLast]) : new Set(atLast);
        from = last;
      }
    }
    // Started again meanwhile (everything changed): the newer read finishes the load, and this
    // one's packing stops at its next step.
    const overtaken = () => load !== this.loads;
    if (overtaken()) return this.load();
    await index.pack(async () => {
      await nextTask();
      if (overtaken()) throw loadOvertaken;
    }).catch((error: unknown) => {
      if (error !== loadOvertaken) throw error;
    });
    if (overtaken()) return this.load();
    this.entries = mergeNewestFirst(all.filter((entry) => !entry.inTrash).reverse(), all.filter((entry) => entry.inTrash).reverse());
    this.index = index;
    this.state = 'loaded';
    for (const apply of this.pending.splice(0)) apply();
    this.changed();
  }

  /**
   * Applies now, or after the load if one is under way (the load may not have seen the write).
   * Either way the version moves now: whatever was read before the write (the first screen, a
   * page read from the database while the order is not in memory) is stale.
   */
  private whenLoaded(apply: () => void): void {
    if (this.state === 'loaded') apply();
    else if (this.state === 'loading') this.pending.push(apply);
    this.changed();
  }

  upsert(stored: readonly StoredListEntry[]): void {
    this.whenLoaded(() => {
      const entries = stored.map((entry) => ordered(entry, this.index.add(entry.id, wordsOfEntry(entry))));
      const changed = new Set(entries.map((entry) => entry.id));
      const kept = this.entries.filter((entry) => !changed.has(entry.id));
      this.entries = mergeNewestFirst(kept, [...entries].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)));
      this.packWhenManyRecentWords();
    });
  }

  /**
   * Saved cases' words wait in the index's small map of recent words; once it has grown large
   * (many small imports in one sitting) it is packed in the background, in short steps.
   */
  private packWhenManyRecentWords(): void {
    const index = this.index;
    if (index.recentWords < packAfterRecentWords || index.packingNow) return;
    index.pack(nextTask).catch((error: unknown) => console.error('The search index could not be packed', error));
  }

  remove(ids: readonly string[]): void {
    this.whenLoaded(() => {
      const gone = new Set(ids);
      this.entries = this.entries.filter((entry) => !gone.has(entry.id));
      for (const id of ids) this.index.remove(id);
    });
  }

  /** A committed write to the list entries, as the database reports it (see listHearsWrites). */
  hear(change: ListChange): void {
    if (change.kind === 'upsert') this.upsert(change.entries);
    else if (change.kind === 'remove') this.remove(change.ids);
    else this.reset();
  }

  /** After an import: everything may have changed, so a loaded (or loading) order is read again. */
  reset(): void {
    if (this.state !== 'empty') {
      this.state = 'empty';
      this.loading = null;
      this.load().catch((error: unknown) => console.error('The case list could not be read again', error));
    }
    this.changed();
  }

  /** The entries the list shows for `filter`, newest first, narrowed to the search `terms` if any. */
  select(filter: Pick<CaseListFilter, 'view' | 'status' | 'category'> & Partial<Pick<CaseListFilter, 'proof' | 'attention'>>, terms: readonly string[] = []): ListEntry[] {
    const inTrash = filter.view === 'trash';
    const { status, category } = filter;
    const proof = filter.proof ?? null;
    const attention = filter.attention ?? null;
    const mask = terms.length > 0 ? this.index.matchSlots(terms) : null;
    const selected: ListEntry[] = [];
    for (const entry of this.entries) {
      if (entry.inTrash !== inTrash || (status !== null && entry.status !== status) || (category !== null && entry.category !== category)) continue;
      if (proof !== null && entry.proof !== proof) continue;
      if (attention !== null && !attention.has(entry.id)) continue;
      if (mask !== null && mask[entry.slot] !== 1) continue;
      selected.push(entry);
    }
    return selected;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

/** Recent words (see SearchIndex) past which they are packed: some thousand saved cases' words. */
const packAfterRecentWords = 50_000;

/** Ends the packing of a load that a newer one overtook (see readAll). */
const loadOvertaken = new Error('The case list is being read again');

/** Lets the page draw and answer between two steps of long work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** An entry in memory: with the search index slot that holds its words. */
interface OrderedEntry extends ListEntry {
  slot: number;
}

function ordered(entry: StoredListEntry, slot: number): OrderedEntry {
  return Object.assign(listEntryFromStored(entry), { slot });
}

/** Two lists, each newest first, as one. */
function mergeNewestFirst(a: readonly OrderedEntry[], b: readonly OrderedEntry[]): OrderedEntry[] {
  const merged: OrderedEntry[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = a[i]!.updatedAt >= b[j]!.updatedAt ? a[i++]! : b[j++]!;
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}
