import { expect, test } from '@playwright/test';
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

// "Needs attention" is worked out in a worker that hears writes from any window of the journal.
test('a follow-up set in one window needs attention in the other, and leaves it when dismissed there', async ({ page, context }) => {
  await context.clock.setFixedTime(new Date(2026, 10, 26, 10, 0));
  const first = new JournalPage(page, 'en');
  await first.open();
  await first.createCase({ title: 'Spare SIM', provider: 'Axis' });

  const secondPage = await context.newPage();
  const second = new JournalPage(secondPage, 'en');
  await second.open();
  await expect(secondPage.getByRole('button', { name: 'Needs attention', exact: true })).toBeVisible();

  const followUp = first.field('Follow up on', first.editor);
  await first.typeOver(followUp, '2026-11-26');
  await followUp.press('Tab');
  await first.waitForSaves();
  await expect(secondPage.getByRole('button', { name: 'Needs attention (1)', exact: true })).toBeVisible();
  await expect(second.row('Spare SIM').locator('.attention-badge')).toHaveCount(1);

  await page.getByRole('button', { name: 'Needs attention (1)', exact: true }).click();
  await page.getByRole('region', { name: 'Needs attention', exact: true }).getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(secondPage.getByRole('button', { name: 'Needs attention', exact: true })).toBeVisible();
  await expect(second.row('Spare SIM').locator('.attention-badge')).toHaveCount(0);
});
