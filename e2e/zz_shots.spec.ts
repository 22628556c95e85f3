import { test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { JournalPage } from './journalPage';
import { chooseFile } from './journalFiles';
import { rawZip, manifestFor } from '../src/shared/journalArchive/archiveTestKit';
import { JOURNAL_ENTRY, attachmentEntryName } from '../src/shared/journalArchive/archiveFormat';

for (const [language, scheme] of [['en', 'light'], ['zh-CN', 'dark'], ['en', 'dark']] as const) {
  test(`shots ${language} ${scheme}`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ locale: language === 'en' ? 'en-US' : 'zh-CN', colorScheme: scheme, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const journal = new JournalPage(page, language);
    await journal.open();
    await journal.createCase({ title: 'Axis eSIM' });
    await journal.waitForSaves();
    await page.screenshot({ path: `/tmp/shots/list-${language}-${scheme}.png` });
    const files = [{ name: JOURNAL_ENTRY, bytes: new TextEncoder().encode('{}') }, { name: attachmentEntryName('a'.repeat(64)), bytes: new Uint8Array([1, 2, 3]) }];
    const path = testInfo.outputPath('tampered.zip');
    writeFileSync(path, await rawZip([files[0]!, { name: files[1]!.name, bytes: new Uint8Array([1, 2, 4]) }, await manifestFor(files)]));
    await chooseFile(page, () => page.getByRole('button', { name: language === 'en' ? 'Import JSON or archive' : '导入 JSON 或归档' }).click(), path);
    await page.getByRole('alert').first().waitFor();
    await page.screenshot({ path: `/tmp/shots/refused-${language}-${scheme}.png` });
    await context.close();
  });
}
