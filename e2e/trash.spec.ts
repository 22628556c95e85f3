import { expect, test } from '@playwright/test';
import { JournalPage, copy } from './journalPage';

test('a deleted case waits in the Trash, can be restored, and emptying the Trash asks first', async ({ page }) => {
  const journal = new JournalPage(page, 'en');
  const t = copy.en;
  await journal.open();
  await journal.createCase({ title: 'Old gym', provider: 'FitCo' });
  await journal.createCase({ title: 'Spare SIM', provider: 'Axis' });

  await journal.openCase('Old gym');
  await page.getByRole('button', { name: t.deleteCase, exact: true }).click();
  await journal.expectListed(['Spare SIM']);
  await expect(page.getByRole('button', { name: 'Trash (1)' })).toBeVisible();

  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await journal.expectListed(['Old gym']);
  await journal.row('Old gym').click();
  await page.getByRole('button', { name: t.restore, exact: true }).click();
  await journal.expectListed([]);
  await page.getByRole('button', { name: t.backToJournal }).click();
  await journal.expectListed(['Old gym', 'Spare SIM']);

  // Trash both, then empty: cancelling keeps them, confirming deletes them for good.
  for (const title of ['Old gym', 'Spare SIM']) {
    await journal.openCase(title);
    await page.getByRole('button', { name: t.deleteCase, exact: true }).click();
  }
  await page.getByRole('button', { name: 'Trash (2)' }).click();
  await page.getByRole('button', { name: t.emptyTrash, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete 2 cases forever?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await journal.expectListed(['Spare SIM', 'Old gym']);

  await page.getByRole('button', { name: t.emptyTrash, exact: true }).click();
  await dialog.getByRole('button', { name: t.emptyTrash, exact: true }).click();
  await journal.expectListed([]);
  await expect(page.getByText('The Trash is empty.')).toBeVisible();
  await journal.reload();
  await expect(page.getByRole('button', { name: 'Trash (0)' })).toBeVisible();
  await journal.expectListed([]);
});

test('the Trash in Chinese', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const journal = new JournalPage(page, 'zh-CN');
  const t = copy['zh-CN'];
  await journal.open();
  await journal.createCase({ title: '旧健身卡' });
  await page.getByRole('button', { name: t.deleteCase, exact: true }).click();
  await page.getByRole('button', { name: '回收站（1）' }).click();
  await journal.row('旧健身卡').click();
  await page.getByRole('button', { name: t.restore, exact: true }).click();
  await page.getByRole('button', { name: t.backToJournal }).click();
  await journal.expectListed(['旧健身卡']);
  await context.close();
});
