import type { Dexie } from 'dexie';

/**
 * Dexie keeps schema version n as IndexedDB version 10·n, and when it finds a schema that grew
 * without a new number it raises the stored version by one to patch it (41 is still version 4).
 * So the schema version that made a journal is its stored version divided by ten, rounded down.
 */
export function schemaVersionOf(storedVersion: number): number {
  return Math.floor(storedVersion / 10);
}

/**
 * The IndexedDB version the journal is stored at, from the browser's list of databases: nothing is
 * opened, so nothing is created or upgraded. Undefined when there is no such database yet.
 */
export async function storedVersionOf(name: string, factory: IDBFactory = indexedDB): Promise<number | undefined> {
  const databases = await factory.databases();
  return databases.find((database) => database.name === name)?.version;
}

/**
 * Whether the journal was made by a newer version of the app. Dexie would open such a database
 * anyway (it retries at the stored version) and, when the newer schema dropped a table this one
 * declares, raise the version and create it again: the newer app's journal changed, and this app
 * showing an empty list with no word why. So it is asked before Dexie opens anything.
 */
export async function isMadeByNewerApp(db: Pick<Dexie, 'name' | 'verno'>, factory: IDBFactory = indexedDB): Promise<boolean> {
  const stored = await storedVersionOf(db.name, factory);
  return stored !== undefined && schemaVersionOf(stored) > db.verno;
}

/**
 * The language the user chose in the journal (its `settings` record `language`), read without
 * upgrading it: opened at the version it is stored at, read-only, and closed. Anything unexpected
 * (no such table or record, a shape this version does not know) gives undefined.
 */
export function storedLanguageChoice(name: string, factory: IDBFactory = indexedDB): Promise<unknown> {
  return new Promise((resolve) => {
    const request = factory.open(name);
    // Only when the database has gone since it was listed: abort, so opening creates nothing.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onsuccess = () => {
      const connection = request.result;
      const done = (value: unknown) => {
        connection.close();
        resolve(value);
      };
      if (!connection.objectStoreNames.contains('settings')) return done(undefined);
      try {
        const read = connection.transaction('settings', 'readonly').objectStore('settings').get('language');
        read.onsuccess = () => done((read.result as { value?: unknown } | undefined)?.value);
        read.onerror = () => done(undefined);
      } catch {
        // A settings table keyed differently in the newer schema.
        done(undefined);
      }
    };
  });
}
