import { expect, test, type Page } from '@playwright/test';
import { copy } from './journalPage';

/** The journal's IndexedDB name (journalDatabase.ts). */
const journalName = 'cancellation-journal';

const newerCopy = {
  en: {
    title: 'This journal was made by a newer version of Cancellation Journal',
    update: /^Update the app to open it\. Nothing was changed/,
  },
  'zh-CN': {
    title: '此日志由更新版本的注销日志创建',
    update: /^请更新本应用后再打开。日志未作任何更改/,
  },
} as const;

/**
 * Before the app ever loads, a page of the same origin (the app's icon, so no journal code runs)
 * leaves a journal as a later version might: IndexedDB version 990 (Dexie's schema version 99, far
 * beyond any this app knows, so the test holds as versions are added), `listEntries` gone, one case,
 * and the settings the user chose.
 */
const newerVersion = 990;
async function leaveNewerJournal(page: Page, settings: { key: string; value: unknown }[]): Promise<void> {
  await page.goto('/icon.svg');
  await page.evaluate(
    ({ name, settings, version }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, version);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('cases', { keyPath: 'id' }).put({ id: 'c1', title: 'Written by a newer version', updatedAt: '2027-03-01T00:00:00.000Z' });
          const store = db.createObjectStore('settings', { keyPath: 'key' });
          for (const setting of settings) store.put(setting);
        };
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    { name: journalName, settings, version: newerVersion },
  );
}

/** The journal as stored: its version, its tables, and every record of each. */
function storedJournal(page: Page) {
  return page.evaluate(
    (name) =>
      new Promise<{ version: number; tables: Record<string, unknown[]> }>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const transaction = db.transaction(names, 'readonly');
          const tables: Record<string, unknown[]> = {};
          for (const table of names) {
            const read = transaction.objectStore(table).getAll();
            read.onsuccess = () => (tables[table] = read.result);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve({ version: db.version, tables });
          };
        };
        request.onerror = () => reject(request.error);
      }),
    journalName,
  );
}

for (const language of ['en', 'zh-CN'] as const) {
  test.describe(`a journal made by a newer version (${language})`, () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'zh-CN' });

    test('fills the window with why and what to do, and stays exactly as the newer version left it', async ({ page }) => {
      await leaveNewerJournal(page, []);
      const before = await storedJournal(page);
      expect(before.version).toBe(newerVersion);

      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: newerCopy[language].title })).toBeVisible();
      await expect(page.getByText(newerCopy[language].update)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      // The journal's own interface never came up.
      await expect(page.getByRole('button', { name: copy[language].newCase })).toHaveCount(0);
      await page.screenshot({ path: `/tmp/newer-journal-${language}.png` });

      expect(await storedJournal(page)).toEqual(before);
      // A second start finds it just as untouched.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: newerCopy[language].title })).toBeVisible();
      expect(await storedJournal(page)).toEqual(before);
    });
  });
}

test.describe('a journal made by a newer version, where the user chose a language', () => {
  test.use({ locale: 'en-US' });

  test('speaks the language chosen in it, read without opening it for writing', async ({ page }) => {
    await leaveNewerJournal(page, [{ key: 'language', value: 'zh-CN' }]);
    const before = await storedJournal(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: newerCopy['zh-CN'].title })).toBeVisible();
    expect(await storedJournal(page)).toEqual(before);
  });
});
