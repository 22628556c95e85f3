import { expect, test } from '@playwright/test';
import en from '../../src/renderer/src/i18n/locales/en.json';
import { electronBinary, launchApp } from './electronApp';
import { JournalPage } from '../journalPage';

const binary = electronBinary();
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

/** Today as the app counts it (local time), `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

test('a reminder that falls due shows a system notification from the main process, once, and its click opens the case', async () => {
  const { app } = await launchApp();
  // Notifications are recorded instead of reaching the desktop (and kept, so the test can click one).
  await app.evaluate(({ Notification }) => {
    const shown: unknown[] = [];
    (globalThis as { shownNotifications?: unknown[] }).shownNotifications = shown;
    Notification.isSupported = () => true;
    Notification.prototype.show = function show(this: Electron.Notification) {
      shown.push(this);
    };
  });
  const page = await app.firstWindow();
  const journal = new JournalPage(page);
  await journal.waitUntilReady();
  // Reminders come at 09:00 unless set otherwise: from midnight, so the test runs at any hour.
  await page.getByRole('button', { name: en.action.settings, exact: true }).click();
  await page.getByLabel(en.settings.reminderTime, { exact: true }).fill('00:00');
  await journal.waitForSaves();
  await journal.createCase({ title: 'Other case' });
  await journal.createCase({ title: 'Netflix', provider: 'Netflix' });
  const followUp = journal.field(en.field.followUpOn, journal.editor);
  await journal.typeOver(followUp, today());
  await followUp.press('Tab');
  await journal.waitForSaves();

  const notifications = () =>
    app.evaluate(() =>
      ((globalThis as { shownNotifications?: Electron.Notification[] }).shownNotifications ?? []).map((n) => ({ title: n.title, body: n.body })),
    );
  await expect.poll(notifications).toEqual([{ title: 'Netflix', body: expect.stringContaining(en.attention.kind.followUp) as unknown as string }]);

  // Once: another edit sends the schedule again, and nothing more is shown.
  await journal.openCase('Other case');
  await journal.typeOver(journal.field(en.field.title, journal.editor), 'Other case, renamed');
  await journal.waitForSaves();
  await page.waitForTimeout(500);
  expect(await notifications()).toHaveLength(1);

  // Its click brings the window forward and opens Netflix.
  await app.evaluate(() => {
    (globalThis as { shownNotifications?: Electron.Notification[] }).shownNotifications![0]!.emit('click');
  });
  await expect(journal.field(en.field.title, journal.editor)).toHaveValue('Netflix');
  await app.close();
});
