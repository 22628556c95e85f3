import { Dexie, type DBCore, type DBCoreMutateRequest, type DBCoreTable, type Middleware, type ObservabilitySet } from 'dexie';
import type { StoredListEntry } from './listEntries';

/** What a committed transaction did to the list entries or the list rows. */
export type ListChange =
  | { kind: 'upsert'; entries: StoredListEntry[] }
  | { kind: 'remove'; ids: string[] }
  /** Too much changed to apply piece by piece (an import, a range delete): read it all again. */
  | { kind: 'reset' }
  /** The rows (`caseRows`) of these cases were written or deleted — of every case when null: rows read before are stale. */
  | { kind: 'rows'; ids: string[] | null };

/** The tables the list reads, and so hears. */
const heardTables = new Set(['listEntries', 'caseRows']);

/** Past this many entries in one transaction, reading the list again is cheaper than applying each. */
const manyEntries = 5_000;

interface ListWritesDatabase {
  readonly name: string;
  readonly listEntries: { bulkGet(ids: string[]): Promise<(StoredListEntry | undefined)[]> };
}

/**
 * Every committed change to one database's list entries and list rows, whoever made it, for whoever listens (the
 * case list's store). Two sources, so no writer has to report its writes:
 * - writes through this database object are heard by a Dexie middleware (`middleware()`), with the
 *   entries they wrote, once their transaction has committed (an aborted one is never heard);
 * - writes from anywhere else — another window, a worker's import, a second database object on the
 *   same journal — arrive as Dexie's `storagemutated` event, which carries only the keys: those few
 *   entries are read again, or, past `manyEntries` or for a range, the whole list.
 */
export class ListWrites {
  private readonly listeners = new Set<(changes: readonly ListChange[]) => void>();
  /** This object's transactions that wrote list entries and have not finished yet. */
  private readonly pending = new Map<object, ListChange[]>();
  /** What Dexie recorded of each of this object's finished transactions: how its own writes are recognised. */
  private readonly ownParts = new WeakSet<object>();
  private readonly part: string;
  private readonly rowsPart: string;
  private remoteReads: Promise<void> = Promise.resolve();

  constructor(private readonly db: ListWritesDatabase) {
    this.part = `idb://${db.name}/listEntries/`;
    this.rowsPart = `idb://${db.name}/caseRows/`;
  }

  /**
   * Calls `listener` with the changes of every committed transaction, together (a save writes a
   * case's entry and its row: one call, so the list draws once); the answer stops it.
   */
  hear(listener: (changes: readonly ListChange[]) => void): () => void {
    if (this.listeners.size === 0) Dexie.on('storagemutated', this.heardStorageMutated);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) Dexie.on.storagemutated.unsubscribe(this.heardStorageMutated);
    };
  }

  private tell(changes: readonly ListChange[]): void {
    if (changes.length === 0) return;
    for (const listener of this.listeners) listener(changes);
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
            if (!heardTables.has(name)) return table;
            return {
              ...table,
              async mutate(request: DBCoreMutateRequest) {
                const result = await table.mutate(request);
                collect(request.trans, name === 'caseRows' ? rowsChangeOf(request) : changeOf(request));
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
    const entryChanges = changes.filter((change) => change.kind !== 'rows');
    const rowChanges = changes.filter((change): change is Extract<ListChange, { kind: 'rows' }> => change.kind === 'rows');
    const count = entryChanges.reduce((sum, change) => sum + sizeOf(change), 0);
    const told: ListChange[] = count >= manyEntries ? [{ kind: 'reset' }] : entryChanges;
    const rowIds = rowChanges.some((change) => change.ids === null) ? null : rowChanges.flatMap((change) => change.ids ?? []);
    if (rowChanges.length > 0) told.push({ kind: 'rows', ids: rowIds !== null && rowIds.length < manyEntries ? rowIds : null });
    this.tell(told);
  }

  /**
   * Dexie fires `storagemutated` for every committed write in this page (with the transaction's
   * own record of what it touched) and for those it hears of from other pages and workers. A write
   * of our own is recognised by that record and left to the middleware, which knows the values.
   */
  private readonly heardStorageMutated = (parts: ObservabilitySet): void => {
    const everything = parts['all'] ? 'everything' : undefined;
    const keys = parts[this.part] ?? everything;
    const rowKeys = parts[this.rowsPart] ?? everything;
    if (!keys && !rowKeys) return;
    // Dexie may tell of a transaction before or after it has been flushed here.
    if (this.ownParts.has(parts)) return;
    for (const trans of this.pending.keys()) if ((trans as { mutatedParts?: unknown }).mutatedParts === parts) return;
    const rowIds = !rowKeys ? undefined : rowKeys === 'everything' ? null : singleKeys(rowKeys);
    const ids = !keys ? undefined : keys === 'everything' ? null : singleKeys(keys);
    // One at a time, so a later write to the same case is never overtaken by an earlier read.
    this.remoteReads = this.remoteReads.then(async () => {
      const told: ListChange[] = [];
      if (ids === null || (ids && ids.length >= manyEntries)) told.push({ kind: 'reset' });
      else if (ids) {
        const read = await this.db.listEntries.bulkGet(ids);
        const entries = read.filter((entry): entry is StoredListEntry => entry !== undefined);
        const gone = ids.filter((_, index) => read[index] === undefined);
        if (entries.length > 0) told.push({ kind: 'upsert', entries });
        if (gone.length > 0) told.push({ kind: 'remove', ids: gone });
      }
      // Rows carry no order: whoever shows them reads them again.
      if (rowIds !== undefined) told.push({ kind: 'rows', ids: rowIds !== null && rowIds.length < manyEntries ? rowIds : null });
      this.tell(told);
    }).catch(() => this.tell([{ kind: 'reset' }]));
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

function rowsChangeOf(request: DBCoreMutateRequest): ListChange {
  switch (request.type) {
    case 'add':
    case 'put':
      return { kind: 'rows', ids: (request.values as { id: string }[]).map((row) => row.id) };
    case 'delete':
      return { kind: 'rows', ids: request.keys as string[] };
    default:
      return { kind: 'rows', ids: null };
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
