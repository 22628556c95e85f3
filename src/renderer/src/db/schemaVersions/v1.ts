import type { Dexie } from 'dexie';

/**
 * Version 1 of the journal's IndexedDB schema. Each later version gets a file of its own with
 * its upgrade function and a test; Dexie runs them in order.
 *
 * The compound indexes answer the case list's queries without reading records: newest first,
 * optionally narrowed to one status or one category, separately for the journal and the Trash.
 */
export function v1(db: Dexie): void {
  db.version(1).stores({
    cases: 'id, [inTrash+updatedAt], [inTrash+status+updatedAt], [inTrash+category+updatedAt], *searchWords',
    templates: 'key',
    settings: 'key',
  });
}
