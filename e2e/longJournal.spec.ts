import { expect, test } from '@playwright/test';
import { JournalPage } from './journalPage';
import { chooseFile, writeJson } from './journalFiles';
import { sampleJournalFile } from '../src/shared/journalFile/journalFileFixtures';

test('a long journal opens on its newest cases, fills a taller window and scrolls to its oldest', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  const journal = new JournalPage(page, 'en');
  await journal.open();
  const file = await sampleJournalFile(400);
  file.cases.forEach((journalCase, index) => {
    journalCase.updatedAt = new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString();
  });
  await chooseFile(page, () => page.getByRole('button', { name: 'Import JSON' }).click(), writeJson(testInfo.outputPath('long.json'), file));
  const dialog = page.getByRole('dialog', { name: 'Import JSON' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toContainText('Imported:');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Opening again takes the path of a start: the first screen is read while the interface loads.
  await journal.reload();
  const titles = journal.rows().locator('.row-title');
  await expect(titles.first()).toHaveText('保号卡 400');
  await expect(page.locator('.list-count')).toHaveText('400 cases');
  const rowsIn = async () => (await journal.rows().all()).length;
  const short = await rowsIn();
  expect(short).toBeGreaterThan(5);
  expect(short).toBeLessThan(40);

  // The list measures itself after the first paint and follows the window.
  await page.setViewportSize({ width: 1280, height: 1200 });
  await expect.poll(rowsIn).toBeGreaterThan(short);

  await journal.caseList.evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
  await expect(titles.last()).toHaveText('Axis eSIM 1');
  await expect(titles.last()).toBeInViewport();
});
