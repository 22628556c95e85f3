import { expect, test } from '@playwright/test';
import { JournalPage, copy } from './journalPage';
import { chooseFile, downloadOf, writeJson } from './journalFiles';
import { sampleJournalFile } from '../src/shared/journalFile/journalFileFixtures';

test('export → import into an empty journal → export again gives the same cases', async ({ page, browser }, testInfo) => {
  const journal = new JournalPage(page, 'en');
  const t = copy.en;
  await journal.open();
  await journal.createCase({ title: 'Axis eSIM', provider: 'Axis', account: '+62 812 3456 4821' });
  await journal.step(t.firstStep).check();
  await journal.fillAndLeave(journal.field(t.balance, journal.section(t.balanceSection)), '150000');
  await journal.fillAndLeave(journal.field(t.submittedOn), '2026-11-06');
  await journal.createCase({ title: '健身房会员', provider: '乐刻' });
  await journal.fillAndLeave(journal.field(t.notes), '客服说退款需要五个工作日');
  await journal.waitForSaves();

  // One case, named after its title.
  const single = await downloadOf(
    page,
    () => journal.editor.getByRole('button', { name: 'Export JSON' }).click(),
    testInfo.outputPath('single.json'),
  );
  expect(single.name).toMatch(/^健身房会员 \d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(single.text).cases).toHaveLength(1);

  // The whole journal, from the list.
  const whole = await downloadOf(
    page,
    () => page.locator('.list-pane').getByRole('button', { name: 'Export JSON' }).click(),
    testInfo.outputPath('journal.json'),
  );
  expect(whole.name).toMatch(/^cancellation-journal-\d{4}-\d{2}-\d{2}\.json$/);
  const first = JSON.parse(whole.text);
  expect(first).toMatchObject({ format: 'cancellation-journal', version: 5, app: { name: 'Cancellation Journal' } });
  expect(first.cases).toHaveLength(2);

  // A fresh profile: nothing there until the import.
  const context = await browser.newContext({ locale: 'en-US' });
  const fresh = new JournalPage(await context.newPage(), 'en');
  await fresh.open();
  await fresh.expectListed([]);
  await chooseFile(fresh.page, () => fresh.page.getByRole('button', { name: 'Import JSON' }).click(), testInfo.outputPath('journal.json'));
  const dialog = fresh.page.getByRole('dialog', { name: 'Import JSON' });
  await expect(dialog).toContainText('2 new cases');
  await expect(dialog).toContainText('No case already in your journal');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toContainText('Imported: 2 added, 0 replaced, 0 skipped.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await fresh.expectListed(['健身房会员', 'Axis eSIM']);
  await fresh.openCase('Axis eSIM');
  await expect(fresh.step(t.firstStep)).toBeChecked();
  await expect(fresh.field(t.submittedOn)).toHaveValue('2026-11-06');

  const again = await downloadOf(
    fresh.page,
    () => fresh.page.locator('.list-pane').getByRole('button', { name: 'Export JSON' }).click(),
    testInfo.outputPath('again.json'),
  );
  const second = JSON.parse(again.text);
  const sorted = (file: { cases: { id: string }[] }) => [...file.cases].sort((a, b) => a.id.localeCompare(b.id));
  expect(sorted(second)).toEqual(sorted(first));
  expect(second.templates).toEqual(first.templates);
  await context.close();
});

test('cases already in the journal: skip, replace or keep both', async ({ page }, testInfo) => {
  const journal = new JournalPage(page, 'en');
  await journal.open();
  await journal.createCase({ title: 'Netflix', provider: 'Netflix' });
  await journal.waitForSaves();
  const exported = await downloadOf(
    page,
    () => page.locator('.list-pane').getByRole('button', { name: 'Export JSON' }).click(),
    testInfo.outputPath('mine.json'),
  );
  const changed = JSON.parse(exported.text);
  changed.cases[0].title = 'Netflix (from my laptop)';
  const file = writeJson(testInfo.outputPath('changed.json'), changed);
  const dialog = page.getByRole('dialog', { name: 'Import JSON' });
  const importWith = async (choice: RegExp) => {
    await chooseFile(page, () => page.getByRole('button', { name: 'Import JSON' }).click(), file);
    await expect(dialog).toContainText('1 case already in your journal (same id)');
    await dialog.getByRole('radio', { name: choice }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toContainText('Imported:');
    await dialog.getByRole('button', { name: 'Close' }).click();
  };
  await importWith(/Skip them/);
  await journal.expectListed(['Netflix']);
  await importWith(/Replace mine/);
  await journal.expectListed(['Netflix (from my laptop)']);
  await importWith(/Keep both/);
  await expect(journal.rows()).toHaveCount(2);
});

test.describe('bad files leave the journal exactly as it was', () => {
  const cases: { name: string; make: () => Promise<unknown>; message: RegExp }[] = [
    { name: 'not JSON', make: async () => 'this is { not json', message: /is not a JSON file/ },
    { name: 'another format', make: async () => ({ format: 'wallos', subscriptions: [] }), message: /is not a Cancellation Journal export/ },
    {
      name: 'a newer version',
      make: async () => ({ ...(await sampleJournalFile(1)), version: 7 }),
      message: /newer Cancellation Journal \(format version 7; this app reads up to version 5\)/,
    },
    {
      name: 'case 17 with an amount written with grouping',
      make: async () => {
        const file = await sampleJournalFile(20);
        file.cases[16]!.balance.amount = '1,500.00';
        return file;
      },
      message: /Case 17 \(“Axis eSIM 17”\): balance\.amount must be an amount written as digits with an optional point and decimals/,
    },
    {
      name: 'a duplicate id',
      make: async () => {
        const file = await sampleJournalFile(4);
        file.cases[3]!.id = file.cases[0]!.id;
        return file;
      },
      message: /Cases 1 and 4 have the same id/,
    },
    {
      name: 'an attachment whose SHA-256 does not match',
      make: async () => {
        const file = await sampleJournalFile(2);
        file.cases[0]!.attachments[0]!.sha256 = 'f'.repeat(64);
        return file;
      },
      message: /the attachment “confirmation\.txt” does not match its SHA-256 checksum/,
    },
  ];

  for (const bad of cases) {
    test(bad.name, async ({ page }, testInfo) => {
      const journal = new JournalPage(page, 'en');
      await journal.open();
      await journal.createCase({ title: 'Keep me', provider: 'Axis' });
      await journal.waitForSaves();
      const file = writeJson(testInfo.outputPath('bad.json'), await bad.make());
      await chooseFile(page, () => page.getByRole('button', { name: 'Import JSON' }).click(), file);
      const alert = page.getByRole('dialog', { name: 'Import JSON' }).getByRole('alert');
      await expect(alert).toContainText(bad.message);
      await expect(alert).toContainText('Nothing was imported; your journal is unchanged.');
      await page.getByRole('button', { name: 'Close' }).click();
      await journal.reload();
      await journal.expectListed(['Keep me']);
      await expect(page.getByRole('button', { name: 'Trash (0)' })).toBeVisible();
    });
  }
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('a bad file is explained in Chinese', async ({ page }, testInfo) => {
    const journal = new JournalPage(page, 'zh-CN');
    await journal.open();
    const file = writeJson(testInfo.outputPath('bad.json'), { ...(await sampleJournalFile(1)), version: 6 });
    await chooseFile(page, () => page.getByRole('button', { name: '导入 JSON' }).click(), file);
    await expect(page.getByRole('alert')).toContainText('由更新版本的注销日志生成（格式版本 6，本应用最多支持版本 5）');
  });

  test('a damaged field is named, and what is wrong with it said in Chinese too', async ({ page }, testInfo) => {
    const journal = new JournalPage(page, 'zh-CN');
    await journal.open();
    const file = writeJson(testInfo.outputPath('bad.json'), { ...(await sampleJournalFile(1)), exportedAt: 'last Tuesday' });
    await chooseFile(page, () => page.getByRole('button', { name: '导入 JSON' }).click(), file);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('exportedAt 必须是 ISO 8601 格式的日期时间');
    await expect(alert).not.toContainText('Invalid');
  });
});

test('a backup can be made and restored through the same import', async ({ page }) => {
  const journal = new JournalPage(page, 'en');
  await journal.open();
  await journal.createCase({ title: 'Backed up case' });
  await journal.waitForSaves();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  const backups = page.getByRole('list', { name: 'Backups' });
  await expect(backups.getByRole('listitem')).toHaveCount(1);
  await expect(backups.getByRole('listitem')).toContainText('1 case');
  // The next one is not due for a day: it cannot be forced, so it is not offered.
  await expect(page.getByText(/^Next backup: /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back up now' })).toHaveCount(0);
  await expect(page.getByText(/^Last backup: /)).toBeVisible();

  // Lose the case for good, then restore it from the backup.
  await journal.openCase('Backed up case');
  await page.getByRole('button', { name: 'Delete case' }).click();
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await page.getByRole('button', { name: 'Empty Trash' }).click();
  await page.getByRole('dialog', { name: /forever/ }).getByRole('button', { name: 'Empty Trash' }).click();
  await page.getByRole('button', { name: 'Back to journal' }).click();
  await journal.expectListed([]);

  await page.getByRole('button', { name: 'Settings' }).click();
  await backups.getByRole('button', { name: 'Restore backup' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import JSON' });
  await expect(dialog).toContainText('1 new case');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await journal.expectListed(['Backed up case']);
});
