import { test } from '@playwright/test';
import { JournalPage } from './journalPage';

// Two windows on one journal (two tabs of the browser build; in the desktop app, a second window):
// the list of each follows what the other writes, without reloading, in memory or not.
test('a case written in one window shows in the other’s list, and so do its changes', async ({ page, context }) => {
  const first = new JournalPage(page, 'en');
  await first.open();
  await first.createCase({ title: 'Spare SIM', provider: 'Axis' });

  const second = new JournalPage(await context.newPage(), 'en');
  await second.open();
  await second.expectListed(['Spare SIM']);

  await first.createCase({ title: 'Old gym', provider: 'FitCo' });
  await second.expectListed(['Old gym', 'Spare SIM']);

  await first.openCase('Spare SIM');
  await first.typeOver(page.getByRole('textbox', { name: 'Title', exact: true }), 'Spare SIM (travel)');
  await page.keyboard.press('Tab');
  await first.waitForSaves();
  await second.expectListed(['Spare SIM (travel)', 'Old gym']);
  await second.search('travel');
  await second.expectListed(['Spare SIM (travel)']);
});
