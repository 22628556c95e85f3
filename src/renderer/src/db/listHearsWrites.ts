import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { StoredListEntry } from './listEntries';

/** What a committed transaction did to the list entries. */
export type ListChange =
  | { kind: 'upsert'; entries: StoredListEntry[] }
  | { kind: 'remove'; ids: string[] }
  /** Too much changed to apply piece by piece (an import, a range delete): read it all again. */
  | { kind: 'reset' };

/** Past this many entries in one transaction, reading the list again is cheaper than applying each. */
const manyEntries = 5_000;

/**
 * A Dexie middleware on `listEntries`: every write to the table — from the repository, an import,
 * a migration, a test, anything — is heard once its transaction has committed, so the list follows
 * the database without callers having to report their writes. An aborted transaction is never heard.
 */
export function listHearsWrites(hear: (change: ListChange) => void): Middleware<DBCore> {
  const pending = new WeakMap<object, ListChange[]>();
  const collect = (trans: object, change: ListChange) => {
    let changes = pending.get(trans);
    if (!changes) {
      changes = [];
      pending.set(trans, changes);
      const native = trans as Partial<IDBTransaction>;
      if (typeof native.addEventListener !== 'function') {
        // Not an IndexedDB transaction: nothing to wait for.
        queueMicrotask(() => flush(trans));
      } else {
        native.addEventListener('complete', () => flush(trans));
        native.addEventListener('abort', () => pending.delete(trans));
        native.addEventListener('error', () => pending.delete(trans));
      }
    }
    changes.push(change);
  };
  const flush = (trans: object) => {
    const changes = pending.get(trans) ?? [];
    pending.delete(trans);
    const count = changes.reduce((sum, change) => sum + (change.kind === 'upsert' ? change.entries.length : change.kind === 'remove' ? change.ids.length : manyEntries), 0);
    if (count >= manyEntries) return hear({ kind: 'reset' });
    for (const change of changes) hear(change);
  };
  return {
    stack: 'dbcore',
    name: 'listHearsWrites',
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
