import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sampleJournalFile } from '../src/shared/journalFile/journalFileFixtures';
import { serializeJournalFile } from '../src/shared/journalFile/writeJournalFile';
import { JournalPage, type Language } from './journalPage';
import { chooseFile } from './journalFiles';

const words = {
  en: {
    importJson: 'Import JSON or archive',
    import: 'Import',
    cancel: 'Cancel',
    cancelled: 'Import cancelled. Nothing was imported; your journal is as it was.',
    checking: /Checking case [\d,]+ of 20,000/,
    done: 'Imported: 20,000 added, 0 replaced, 0 skipped.',
    count: '20,001 cases',
    notUtf8: /“latin1\.json” is not UTF-8 text: the byte at offset 12 is not valid UTF-8/,
  },
  'zh-CN': {
    importJson: '导入 JSON 或归档',
    import: '导入',
    cancel: '取消',
    cancelled: '已取消导入。没有导入任何内容，你的日志保持原样。',
    checking: /正在检查第 [\d,]+ 个事项，共 20,000 个/,
    done: '导入完成：新增 20,000 个，替换 0 个，跳过 0 个。',
    count: '20,001 个事项',
    notUtf8: /“latin1\.json”不是 UTF-8 文本：偏移量 12 处的字节不是有效的 UTF-8/,
  },
} as const;

for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  test.describe(`importing in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'zh-CN' });
    const w = words[language];

    test('a large file shows its progress while it is checked, Cancel leaves the journal as it was, and it imports whole', async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Keep me' });
      await journal.waitForSaves();
      const path = testInfo.outputPath('large.json');
      writeFileSync(path, serializeJournalFile(await sampleJournalFile(20_000)));
      const dialog = page.getByRole('dialog', { name: w.importJson });

      await chooseFile(page, () => page.getByRole('button', { name: w.importJson, exact: true }).click(), path);
      await expect(dialog.getByRole('status')).toContainText(w.checking);
      await expect(dialog.getByRole('progressbar')).toBeVisible();
      // Cancel, whether the check is still running (the worker stops) or has just reached the preview.
      await dialog.getByRole('button', { name: w.cancel, exact: true }).click();
      await expect(page.locator('.import-dialog[open]').getByText(w.cancelled).or(page.locator('.import-dialog:not([open])'))).toBeAttached();
      await journal.reload();
      await journal.expectListed(['Keep me']);

      // Again, to the end: every case arrives, written in one transaction by the worker.
      await chooseFile(page, () => page.getByRole('button', { name: w.importJson, exact: true }).click(), path);
      await dialog.getByRole('button', { name: w.import, exact: true }).click();
      await expect(dialog.getByRole('status')).toHaveText(w.done, { timeout: 60_000 });
      await expect(page.locator('.list-pane')).toContainText(w.count);
    });

    test('a file that is not UTF-8 is refused, saying where', async ({ page }, testInfo) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      const path = testInfo.outputPath('latin1.json');
      // `{"format":"` then "é" written in Latin-1, as an old editor might save it.
      writeFileSync(path, Buffer.concat([Buffer.from('{"format":"'), Buffer.from([0x20, 0xe9]), Buffer.from('"}')]));
      await chooseFile(page, () => page.getByRole('button', { name: w.importJson, exact: true }).click(), path);
      await expect(page.getByRole('dialog', { name: w.importJson }).getByRole('alert')).toContainText(w.notUtf8);
    });
  });
}
