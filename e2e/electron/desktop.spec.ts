import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { appEnvironment, electronBinary, launchApp, plainLaunchArgs, projectRoot } from './electronApp';
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
  expect(await page.evaluate(() => Object.keys(window.journalBridge ?? {}))).toEqual(['invoke', 'onOpenCase', 'onExportAllDeadlines']);

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
    const second = spawn(('path' in binary && binary.path) || '', plainLaunchArgs(), {
      cwd: projectRoot,
      env: appEnvironment(userData),
      stdio: 'ignore',
    });
    second.on('exit', resolveExit);
  });
  expect(exitCode).toBe(0);
  expect(app.windows()).toHaveLength(1);
  await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(true);
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
  const pdf = readFileSync(target);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.subarray(-1024).toString('latin1')).toContain('%%EOF');
  // The text itself where poppler's pdftotext exists (Linux CI installs it; Windows and macOS
  // runners have none): said out loud when skipped.
  const pdftotext = spawnSync('pdftotext', [target, '-'], { encoding: 'utf8' });
  if (pdftotext.error) {
    console.log(`[electron e2e] PDF text not read: pdftotext is not installed on this ${process.platform} machine.`);
  } else {
    expect(pdftotext.stdout).toContain('Printed by Electron');
  }
  await app.close();
});

test('a contact logged in the History is printed in the PDF the main process saves, and the print is noted in the History', async () => {
  const { app, userData } = await launchApp();
  const page = await app.firstWindow();
  const journal = new JournalPage(page);
  const t = journal.t;
  await journal.waitUntilReady();
  await journal.createCase({ title: 'Gym membership', provider: 'FitCo' });
  const history = journal.section(t.history);
  await history.getByRole('button', { name: t.addContact, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t.addContact });
  await journal.field(t.contactAt, dialog).fill('2026-11-20T14:30');
  await journal.field(t.contactWho, dialog).pressSequentially('Sam at the front desk');
  await journal.field(t.contactSaid, dialog).pressSequentially('The membership ends on December 1 with no further charge.');
  await journal.field(t.contactReference, dialog).pressSequentially('FC-2231');
  await dialog.getByRole('button', { name: t.saveContact, exact: true }).click();
  await expect(dialog).toBeHidden();
  const target = `${userData}/history.pdf`;
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
  }, target);
  await journal.editor.getByRole('button', { name: 'Export PDF' }).click();
  const preview = page.getByRole('dialog', { name: 'Report preview' });
  await preview.getByRole('button', { name: 'Save PDF' }).click();
  await expect(page.getByText(`PDF saved to ${target}`)).toBeVisible();
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(history.locator('li[data-kind="printed"]')).toHaveCount(1);
  const pdftotext = spawnSync('pdftotext', [target, '-'], { encoding: 'utf8' });
  if (pdftotext.error) {
    console.log(`[electron e2e] PDF text not read: pdftotext is not installed on this ${process.platform} machine.`);
  } else {
    const text = pdftotext.stdout.replace(/\s+/g, ' ');
    for (const expected of ['History', 'Sam at the front desk', 'The membership ends on December 1', 'Reference given: FC-2231']) expect(text).toContain(expected);
  }
  await app.close();
});

test('is named after the app and starts in English, with macOS-only spellcheck, an opaque background and a File menu', async () => {
  const { app } = await launchApp();
  const page = await app.firstWindow();
  await new JournalPage(page).waitUntilReady();
  const shell = await app.evaluate(({ app: electronApp, BrowserWindow, Menu, nativeTheme, session }) => {
    const window = BrowserWindow.getAllWindows()[0]!;
    return {
      name: electronApp.getName(),
      spellcheck: session.defaultSession.isSpellCheckerEnabled(),
      background: window.getBackgroundColor().toLowerCase(),
      dark: nativeTheme.shouldUseDarkColors,
      menus: Menu.getApplicationMenu()?.items.map((item) => item.role ?? item.label) ?? [],
      platform: process.platform,
    };
  });
  expect(shell.name).toBe('Cancellation Journal');
  // Only macOS's own spellchecker: elsewhere Electron would download dictionaries from Google.
  expect(shell.spellcheck).toBe(shell.platform === 'darwin');
  // The page's own opaque background, never a transparent one that shows black while resizing.
  expect(shell.background).toBe(shell.dark ? '#15181d' : '#f6f7f9');
  expect(shell.menus.map((role) => String(role).toLowerCase())).toContain('file');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await app.close();
});

test('web links: refused without a click, refused for this machine and the local network, with plain messages', async () => {
  const { app } = await launchApp();
  const page = await app.firstWindow();
  await new JournalPage(page).waitUntilReady();
  // Nothing may reach the real system browser from a test.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { openedLinks?: string[] }).openedLinks = opened;
    shell.openExternal = (async (url: string) => {
      opened.push(url);
    }) as typeof shell.openExternal;
  });
  const attempt = (url: string, waitMs: number) =>
    page.evaluate(
      async ([address, wait]) => {
        // Playwright's evaluate counts as a user gesture; it expires after Chromium's five seconds.
        await new Promise((resolveWait) => setTimeout(resolveWait, wait));
        return window.journalBridge!.invoke('shell:open-external', { url: address }).then(
          () => 'opened',
          (error: Error) => error.message,
        );
      },
      [url, waitMs] as const,
    );
  expect(await attempt('https://example.com/', 6_000)).toBe('Links open only when you click them.');
  const local = await attempt('http://192.168.1.1/admin', 0);
  expect(local).toContain('local network');
  expect(local).not.toContain('Error invoking remote method');
  expect(await attempt('http://localhost:631/', 0)).toContain('local network');

  const focused = await app.evaluate(({ BrowserWindow }) => {
    const window = BrowserWindow.getAllWindows()[0]!;
    window.focus();
    return window.isFocused();
  });
  if (focused) {
    expect(await attempt('HTTPS://Example.COM/a b', 0)).toBe('opened');
    expect(await app.evaluate(() => (globalThis as { openedLinks?: string[] }).openedLinks)).toEqual(['https://example.com/a%20b']);
  } else {
    console.log('[electron e2e] the window could not take the focus here; the opening of a public link was not tried.');
  }
  // The same through the interface: a real click on Open portal, a router's address, a plain notice.
  const journal = new JournalPage(page);
  await journal.createCase({ title: 'Router admin' });
  await journal.fillAndLeave(journal.field('Portal address', journal.editor), 'http://192.168.1.1/admin');
  await journal.waitForSaves();
  await journal.editor.getByRole('button', { name: 'Open portal', exact: true }).click();
  await expect(page.getByText(/^The portal did not open: Only web addresses on the internet open/)).toBeVisible();
  expect(await app.evaluate(() => (globalThis as { openedLinks?: string[] }).openedLinks ?? [])).not.toContain('http://192.168.1.1/admin');
  await app.close();
});

test('a crashed page is offered a reload and comes back with the journal', async () => {
  const { app } = await launchApp();
  const page = await app.firstWindow();
  const journal = new JournalPage(page);
  await journal.waitUntilReady();
  await journal.createCase({ title: 'Survives a crash' });
  await journal.waitForSaves();
  await app.evaluate(({ dialog, BrowserWindow }) => {
    const asked: string[] = [];
    (globalThis as { recoveryAsked?: string[] }).recoveryAsked = asked;
    dialog.showMessageBox = (async (_window: unknown, options: { message: string }) => {
      asked.push(options.message);
      return { response: 0, checkboxChecked: false };
    }) as unknown as typeof dialog.showMessageBox;
    BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer();
  });
  await expect.poll(() => app.evaluate(() => (globalThis as { recoveryAsked?: string[] }).recoveryAsked ?? [])).toEqual([
    'The journal’s page stopped unexpectedly.',
  ]);
  await expect
    .poll(() =>
      app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        return contents.isCrashed() ? 'crashed' : contents.isLoading() ? 'loading' : contents.getURL();
      }),
    )
    .toBe('app://journal/index.html');
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isVisible())).toBe(true);
  await app.close();
});

test('the window remembers where it was, saved as it closes', async () => {
  const { app, userData } = await launchApp();
  const page = await app.firstWindow();
  await new JournalPage(page).waitUntilReady();
  const bounds = await app.evaluate(({ BrowserWindow, screen }) => {
    const area = screen.getPrimaryDisplay().workArea;
    const window = BrowserWindow.getAllWindows()[0]!;
    window.setBounds({ x: area.x + 20, y: area.y + 20, width: 800, height: 560 });
    return window.getNormalBounds();
  });
  // Closed at once after the move: the debounced save would never have run.
  await app.close();
  const stateFile = join(userData, 'window-state.json');
  expect(existsSync(stateFile)).toBe(true);
  const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as { width: number; height: number };
  expect(Math.abs(saved.width - bounds.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(saved.height - bounds.height)).toBeLessThanOrEqual(2);
});
