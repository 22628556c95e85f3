import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreTable, type Middleware, type ObservabilitySet } from 'dexie';
import type { StoredListEntry } from './listEntries';

/** What a committed transaction did to the list entries. */
export type ListChange =
  | { kind: 'upsert'; entries: StoredListEntry[] }
  | { kind: 'remove'; ids: string[] }
  /** Too much changed to apply piece by piece (an import, a range delete): read it all again. */
  | { kind: 'reset' };

/** Past this many entries in one transaction, reading the list again is cheaper than applying each. */
const manyEntries = 5_000;

interface ListWritesDatabase {
  readonly name: string;
  readonly listEntries: { bulkGet(ids: string[]): Promise<(StoredListEntry | undefined)[]> };
}

/**
 * Every committed change to one database's list entries, whoever made it, for whoever listens (the
 * case list's store). Two sources, so no writer has to report its writes:
 * - writes through this database object are heard by a Dexie middleware (`middleware()`), with the
 *   entries they wrote, once their transaction has committed (an aborted one is never heard);
 * - writes from anywhere else — another window, a worker's import, a second database object on the
 *   same journal — arrive as Dexie's `storagemutated` event, which carries only the keys: those few
 *   entries are read again, or, past `manyEntries` or for a range, the whole list.
 */
export class ListWrites {
  private readonly listeners = new Set<(change: ListChange) => void>();
  /** This object's transactions that wrote list entries and have not finished yet. */
  private readonly pending = new Map<object, ListChange[]>();
  /** What Dexie recorded of each of this object's finished transactions: how its own writes are recognised. */
  private readonly ownParts = new WeakSet<object>();
  private readonly part: string;
  private remoteReads: Promise<void> = Promise.resolve();

  constructor(private readonly db: ListWritesDatabase) {
    this.part = `idb://${db.name}/listEntries/`;
  }

  /** Calls `listener` with every committed change; the answer stops it. */
  hear(listener: (change: ListChange) => void): () => void {
    if (this.listeners.size === 0) Dexie.on('storagemutated', this.heardStorageMutated);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) Dexie.on.storagemutated.unsubscribe(this.heardStorageMutated);
    };
  }

  private tell(change: ListChange): void {
    for (const listener of this.listeners) listener(change);
  }

  middleware(): Middleware<DBCore> {
    const collect = (trans: object, change: ListChange) => {
      let changes = this.pending.get(trans);
      if (!changes) {
        changes = [];
        this.pending.set(trans, changes);
        const native = trans as Partial<IDBTransaction>;
        if (typeof native.addEventListener !== 'function') {
          queueMicrotask(() => this.flush(trans)); // not an IndexedDB transaction: nothing to wait for
        } else {
          native.addEventListener('complete', () => this.flush(trans));
          native.addEventListener('abort', () => this.pending.delete(trans));
          native.addEventListener('error', () => this.pending.delete(trans));
        }
      }
      changes.push(change);
    };
    return {
      stack: 'dbcore',
      name: 'listWrites',
      create(down) {
        return {
          ...down,
          table(name) {
            const table = down.table(name);
            if (name !== 'listEntries') return table;
            return {
              ...table,
              async mutate(request: DBCoreMutateRequest) {
                const result = await table.mutate(request);
                collect(request.trans, changeOf(request));
                return result;
              },
            } satisfies DBCoreTable;
          },
        };
      },
    };
  }

  private flush(trans: object): void {
    const changes = this.pending.get(trans) ?? [];
    this.pending.delete(trans);
    const parts = (trans as { mutatedParts?: unknown }).mutatedParts;
    if (typeof parts === 'object' && parts !== null) this.ownParts.add(parts);
    const count = changes.reduce((sum, change) => sum + sizeOf(change), 0);
    if (count >= manyEntries) return this.tell({ kind: 'reset' });
    for (const change of changes) this.tell(change);
  }

  /**
   * Dexie fires `storagemutated` for every committed write in this page (with the transaction's
   * own record of what it touched) and for those it hears of from other pages and workers. A write
   * of our own is recognised by that record and left to the middleware, which knows the values.
   */
  private readonly heardStorageMutated = (parts: ObservabilitySet): void => {
    const keys = parts[this.part] ?? (parts['all'] ? 'everything' : undefined);
    if (!keys) return;
    // Dexie may tell of a transaction before or after it has been flushed here.
    if (this.ownParts.has(parts)) return;
    for (const trans of this.pending.keys()) if ((trans as { mutatedParts?: unknown }).mutatedParts === parts) return;
    const ids = keys === 'everything' ? null : singleKeys(keys);
    // One at a time, so a later write to the same case is never overtaken by an earlier read.
    this.remoteReads = this.remoteReads.then(async () => {
      if (ids === null || ids.length >= manyEntries) return this.tell({ kind: 'reset' });
      const read = await this.db.listEntries.bulkGet(ids);
      const entries = read.filter((entry): entry is StoredListEntry => entry !== undefined);
      const gone = ids.filter((_, index) => read[index] === undefined);
      if (entries.length > 0) this.tell({ kind: 'upsert', entries });
      if (gone.length > 0) this.tell({ kind: 'remove', ids: gone });
    }).catch(() => this.tell({ kind: 'reset' }));
  };
}

function sizeOf(change: ListChange): number {
  return change.kind === 'upsert' ? change.entries.length : change.kind === 'remove' ? change.ids.length : manyEntries;
}

function changeOf(request: DBCoreMutateRequest): ListChange {
  switch (request.type) {
    case 'add':
    case 'put':
      return { kind: 'upsert', entries: request.values as StoredListEntry[] };
    case 'delete':
      return { kind: 'remove', ids: request.keys as string[] };
    default:
      return { kind: 'reset' };
  }
}

/**
 * The keys in one of Dexie's range sets (an interval tree, a plain object once it has crossed a
 * channel), or null when it holds a range rather than single keys.
 */
function singleKeys(tree: unknown): string[] | null {
  const keys: string[] = [];
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as { from?: unknown; to?: unknown; l?: unknown; r?: unknown } | null | undefined;
    if (!node || node.from === undefined) continue;
    if (node.from !== node.to || typeof node.from !== 'string') return null;
    keys.push(node.from);
    stack.push(node.l, node.r);
  }
  return keys;
}
