import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { electronBinary, launchApp, mainEntry } from './electronApp';
import { JournalPage } from '../journalPage';

const binary = electronBinary();
if ('missing' in binary) {
  // Said out loud, so a skipped suite is never mistaken for a passing one.
  console.log(`[electron e2e] skipped: ${binary.missing}.`);
}
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

test('the window is locked down: isolation, sandbox, no Node, no navigation away', async () => {
  const { app } = await launchApp();
  const page = await app.firstWindow();
  const journal = new JournalPage(page);
  await journal.waitUntilReady();
  expect(page.url()).toBe('app://journal/index.html');

  const preferences = await app.evaluate(({ BrowserWindow }) => {
    // Untyped but public in Electron's runtime: the preferences the page actually got.
    const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
      getLastWebPreferences: () => Record<string, unknown> | null;
    };
    const prefs = contents.getLastWebPreferences();
    return {
      contextIsolation: prefs?.contextIsolation,
      sandbox: prefs?.sandbox,
      nodeIntegration: prefs?.nodeIntegration,
      webSecurity: prefs?.webSecurity,
    };
  });
  expect(preferences).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });

  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys(window.journalBridge ?? {}))).toEqual(['invoke']);

  // Navigation to anywhere else is cancelled; new windows are refused.
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(300);
  expect(page.url()).toBe('app://journal/index.html');
  await page.evaluate(() => window.open('file:///etc/passwd'));
  await page.waitForTimeout(300);
  expect(app.windows()).toHaveLength(1);

  // IndexedDB works on the privileged app:// scheme: a case survives a restart.
  await journal.createCase({ title: 'Electron case' });
  await journal.waitForSaves();
  await app.close();
});

test('the bridge only speaks declared channels, with validated payloads', async () => {
  const { app } = await launchApp();
  const page = await app.firstWindow();
  await new JournalPage(page).waitUntilReady();
  const info = await page.evaluate(() => window.journalBridge!.invoke('app:get-info', undefined));
  expect(info.name).toBe('Cancellation Journal');
  const unknown = await page.evaluate(() =>
    (window.journalBridge!.invoke as (c: string, p: unknown) => Promise<unknown>)('fs:read', '/etc/passwd').then(
      () => 'answered',
      (error: Error) => error.message,
    ),
  );
  expect(unknown).toContain('Unknown channel');
  const badPayload = await page.evaluate(() =>
    window.journalBridge!.invoke('shell:open-external', { url: 'file:///etc/passwd' }).then(
      () => 'opened',
      (error: Error) => error.message,
    ),
  );
  expect(badPayload).toContain('invalid request');
  await app.close();
});

test('the journal is kept across restarts of the app', async () => {
  const first = await launchApp();
  let page = await first.app.firstWindow();
  let journal = new JournalPage(page);
  await journal.waitUntilReady();
  await journal.createCase({ title: 'Kept across restarts' });
  await journal.waitForSaves();
  await first.app.close();

  const second = await launchApp(first.userData);
  page = await second.app.firstWindow();
  journal = new JournalPage(page);
  await journal.waitUntilReady();
  await journal.expectListed(['Kept across restarts']);
  await second.app.close();
});

test('a second instance focuses the first and exits', async () => {
  const { app, userData } = await launchApp();
  await app.firstWindow();
  const exitCode = await new Promise<number | null>((resolveExit) => {
    const second = spawn(('path' in binary && binary.path) || '', [mainEntry], {
      env: { ...process.env, CANCELLATION_JOURNAL_USER_DATA: userData },
    });
    second.on('exit', resolveExit);
  });
  expect(exitCode).toBe(0);
  expect(app.windows()).toHaveLength(1);
  await app.close();
});

test('Export PDF prints the report through the main process and saves it where the user chose', async () => {
  const { app, userData } = await launchApp();
  const page = await app.firstWindow();
  const journal = new JournalPage(page);
  await journal.waitUntilReady();
  await journal.createCase({ title: 'Printed by Electron', provider: 'Axis' });
  await journal.waitForSaves();
  const target = `${userData}/report.pdf`;
  // The save dialog is the OS's; answer it from the main process.
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
  }, target);
  await journal.editor.getByRole('button', { name: 'Export PDF' }).click();
  await page.getByRole('dialog', { name: 'Report preview' }).getByRole('button', { name: 'Save PDF' }).click();
  await expect(page.getByText(`PDF saved to ${target}`)).toBeVisible();
  const { execFileSync } = await import('node:child_process');
  expect(execFileSync('pdftotext', [target, '-'], { encoding: 'utf8' })).toContain('Printed by Electron');
  await app.close();
});
