import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { electronBinary, launchApp } from './electronApp';
import { JournalPage } from '../journalPage';

const binary = electronBinary();
if ('missing' in binary) console.log(`[electron e2e] skipped: ${binary.missing}.`);
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

test('Settings: keeping running in the tray is off by default; once on, closing the window hides it and the app keeps running', async () => {
  const { app, userData } = await launchApp();
  const page = await app.firstWindow();
  const journal = new JournalPage(page);
  await journal.waitUntilReady();
  await page.getByRole('button', { name: 'Settings' }).click();
  const tray = page.getByRole('checkbox', { name: 'Keep running in the tray when the window is closed' });
  const login = page.getByRole('checkbox', { name: 'Open at login' });
  await expect(tray).not.toBeChecked();
  await expect(login).not.toBeChecked();
  // Electron has no login items on Linux: the switch says so and cannot be turned on.
  if (process.platform === 'linux') await expect(login).toBeDisabled();
  await page.locator('.settings-background').screenshot({ path: 'test-results/electron-background-settings.png' });

  await tray.check();
  await expect.poll(() => JSON.parse(readFileSync(join(userData, 'background-settings.json'), 'utf8'))).toEqual({ keepRunningInTray: true, openAtLogin: false });
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => window.isVisible()))).toEqual([false]);
  await app.close();
});

test('Add to calendar saves the case’s deadlines through the main process’s save dialog', async () => {
  const { app, userData } = await launchApp();
  const page = await app.firstWindow();
  const journal = new JournalPage(page);
  await journal.waitUntilReady();
  await journal.createCase({ title: 'Calendar by Electron', provider: 'Axis' });
  const followUp = journal.field('Follow up on', journal.editor);
  await journal.typeOver(followUp, '2027-01-01');
  await followUp.press('Tab');
  await journal.waitForSaves();
  const target = join(userData, 'deadlines.ics');
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
  }, target);
  await journal.editor.getByRole('button', { name: 'Add to calendar' }).click();
  await expect(page.getByText(`1 deadline saved as a calendar to ${target}`)).toBeVisible();
  const [event] = new ICAL.Component(ICAL.parse(readFileSync(target, 'utf8'))).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(event?.summary).toBe('Follow up on Calendar by Electron');
  expect(event?.startDate.toString()).toBe('2027-01-01');
  await app.close();
});

test('"Export all deadlines…" in the File menu saves every deadline through the page’s export and main’s save dialog', async () => {
  const { app, userData } = await launchApp();
  const page = await app.firstWindow();
  const journal = new JournalPage(page);
  await journal.waitUntilReady();
  await journal.createCase({ title: 'Menu export', provider: 'Axis' });
  const followUp = journal.field('Follow up on', journal.editor);
  await journal.typeOver(followUp, '2027-01-01');
  await followUp.press('Tab');
  await journal.waitForSaves();
  const target = join(userData, 'all-deadlines.ics');
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
  }, target);
  const label = await app.evaluate(({ Menu }) => {
    const item = Menu.getApplicationMenu()!.getMenuItemById('export-all-deadlines')!;
    item.click();
    return item.label;
  });
  expect(label).toBe('Export all deadlines…');
  await expect(page.getByText(`1 deadline saved as a calendar to ${target}`)).toBeVisible();
  const events = new ICAL.Component(ICAL.parse(readFileSync(target, 'utf8'))).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(events.map((event) => event.summary)).toEqual(['Follow up on Menu export']);
  await app.close();
});
