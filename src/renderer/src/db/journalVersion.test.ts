import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { JournalDatabase } from './journalDatabase';
import { isMadeByNewerApp, schemaVersionOf, storedLanguageChoice, storedVersionOf } from './journalVersion';

const name = `journal-version-${crypto.randomUUID()}`;
/** This app's schema version (Dexie's), and IndexedDB's version for it and for the next one. */
const current = new JournalDatabase('not-opened').verno;
const stored = current * 10;
const newer = (current + 1) * 10;
afterEach(async () => {
  vi.restoreAllMocks();
  await Dexie.delete(name);
});

/**
 * A journal as a later version of the app might leave it: stored at the next schema version's
 * IndexedDB version, `listEntries` dropped, one case and the language the user chose.
 */
function createNewerJournal(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, newer);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('cases', { keyPath: 'id' }).put({ id: 'c1', title: 'Made by a newer version', updatedAt: '2027-01-01T00:00:00.000Z' });
      db.createObjectStore('settings', { keyPath: 'key' }).put({ key: 'language', value: 'zh-CN' });
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** What is stored, read natively at whatever version it is at. */
function snapshot(): Promise<{ version: number; tables: string[]; cases: unknown[] }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const db = request.result;
      const read = db.transaction('cases').objectStore('cases').getAll();
      read.onsuccess = () => {
        resolve({ version: db.version, tables: [...db.objectStoreNames], cases: read.result });
        db.close();
      };
    };
    request.onerror = () => reject(request.error);
  });
}

describe('a journal made by a newer version of the app', () => {
  it('is reported as newer before anything opens it, and stays exactly as it was', async () => {
    await createNewerJournal();
    const before = await snapshot();
    const db = new JournalDatabase(name);

    expect(await isMadeByNewerApp(db)).toBe(true);
    expect(db.isOpen()).toBe(false);
    expect(await storedLanguageChoice(name)).toBe('zh-CN');
    expect(await snapshot()).toEqual(before);
    expect(before.version).toBe(newer);
  });

  it('would be changed by Dexie if it were opened: the reason for asking first', async () => {
    await createNewerJournal();
    // Dexie says it patches the schema; expected here.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = new JournalDatabase(name);
    await db.open();
    db.close();
    const after = await snapshot();
    expect(after.version).toBeGreaterThan(newer);
    expect(after.tables).toContain('listEntries');
  });

  it('is told from this version’s own journal, also one Dexie patched (one above its own), and from none at all', async () => {
    const db = new JournalDatabase(name);
    expect(await isMadeByNewerApp(db)).toBe(false);
    // Asking did not create it.
    expect(await storedVersionOf(name)).toBeUndefined();
    expect(await storedLanguageChoice(name)).toBeUndefined();
    expect(await storedVersionOf(name)).toBeUndefined();

    await db.open();
    db.close();
    expect(await storedVersionOf(name)).toBe(stored);
    expect(await isMadeByNewerApp(db)).toBe(false);
    expect([schemaVersionOf(stored), schemaVersionOf(stored + 1), schemaVersionOf(stored + 9), schemaVersionOf(newer)]).toEqual([current, current, current, current + 1]);
  });
});
