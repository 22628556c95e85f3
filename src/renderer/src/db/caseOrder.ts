import type { CaseListFilter } from './caseListQuery';
import type { JournalDatabase } from './journalDatabase';
import type { ListEntry } from './listEntries';

const chunk = 10_000;

/**
 * Every case's list entry, newest change first, in memory: filters and the ordering of search
 * results become a loop over small objects instead of a trip to the database. Loaded in chunks
 * after the first screen (each chunk is one short task), then kept current by the repository,
 * which reports every write here once it has committed.
 */
export class CaseOrder {
  private entries: ListEntry[] = [];
  private state: 'empty' | 'loading' | 'loaded' = 'empty';
  private pending: (() => void)[] = [];
  private loading: Promise<void> | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly db: JournalDatabase) {}

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
    const all: ListEntry[] = [];
    let last: string | null = null;
    for (;;) {
      const batch: ListEntry[] = await (last === null
        ? this.db.listEntries.orderBy('id').limit(chunk).toArray()
        : this.db.listEntries.where('id').above(last).limit(chunk).toArray());
      all.push(...batch);
      if (batch.length < chunk) break;
      last = batch[batch.length - 1]!.id;
    }
    all.sort((a, b) => (a.u < b.u ? 1 : a.u > b.u ? -1 : 0));
    this.entries = all;
    this.state = 'loaded';
    for (const apply of this.pending.splice(0)) apply();
    this.changed();
  }

  /** Applies now, or after the load if one is under way (the load may not have seen the write). */
  private whenLoaded(apply: () => void): void {
    if (this.state === 'loaded') {
      apply();
      this.changed();
    } else if (this.state === 'loading') {
      this.pending.push(apply);
    }
  }

  upsert(entries: readonly ListEntry[]): void {
    this.whenLoaded(() => {
      const changed = new Set(entries.map((entry) => entry.id));
      const kept = this.entries.filter((entry) => !changed.has(entry.id));
      const added = [...entries].sort((a, b) => (a.u < b.u ? 1 : -1));
      // Written entries are almost always the newest: merge them in from the front.
      const merged: ListEntry[] = [];
      let i = 0;
      for (const entry of kept) {
        while (i < added.length && added[i]!.u >= entry.u) merged.push(added[i++]!);
        merged.push(entry);
      }
      merged.push(...added.slice(i));
      this.entries = merged;
    });
  }

  remove(ids: readonly string[]): void {
    this.whenLoaded(() => {
      const gone = new Set(ids);
      this.entries = this.entries.filter((entry) => !gone.has(entry.id));
    });
  }

  /** After an import: everything may have changed. */
  reset(): void {
    if (this.state === 'empty') return;
    this.state = 'empty';
    this.loading = null;
    void this.load();
  }

  /** The ids the list shows for `filter`, newest first; `matches` narrows to a search's hits. */
  select(filter: Pick<CaseListFilter, 'view' | 'status' | 'category'>, matches: ReadonlySet<string> | null): string[] {
    const t = filter.view === 'trash' ? 1 : 0;
    const ids: string[] = [];
    for (const entry of this.entries) {
      if (entry.t !== t) continue;
      if (filter.status !== null && entry.s !== filter.status) continue;
      if (filter.category !== null && entry.c !== filter.category) continue;
      if (matches !== null && !matches.has(entry.id)) continue;
      ids.push(entry.id);
    }
    return ids;
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

const orders = new WeakMap<JournalDatabase, CaseOrder>();

export function caseOrder(db: JournalDatabase): CaseOrder {
  let order = orders.get(db);
  if (!order) {
    order = new CaseOrder(db);
    orders.set(db, order);
  }
  return order;
}
