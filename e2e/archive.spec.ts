import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { JournalPage, type Language } from './journalPage';
import { chooseFile, writeJson } from './journalFiles';
import { sampleJournalFile } from '../src/shared/journalFile/journalFileFixtures';
import { bytesSource, manifestFor, rawZip } from '../src/shared/journalArchive/archiveTestKit';
import { openJournalArchive } from '../src/shared/journalArchive/readJournalArchive';
import { webHasher } from '../src/shared/journalArchive/hashing';
import { JOURNAL_ENTRY, attachmentEntryName } from '../src/shared/journalArchive/archiveFormat';
import { JOURNAL_FORMAT_VERSION } from '../src/shared/journalFile/journalFileSchema';
import en from '../src/renderer/src/i18n/locales/en.json';
import zhCN from '../src/renderer/src/i18n/locales/zh-CN.json';

const copy = { en, 'zh-CN': zhCN } as const;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A small real PNG (1×1, red) and a PDF's bytes: evidence the archive must carry byte for byte. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1'), Buffer.alloc(200_000, 0x5a), Buffer.from('\n%%EOF\n')]);

/** A journal with evidence: seeded through the app's own import, as a person restoring a JSON file would. */
async function journalWithEvidence() {
  const file = await sampleJournalFile(3);
  const attach = (index: number, name: string, mediaType: string, bytes: Buffer) =>
    file.cases[index]!.attachments.push({
      id: `00000000-0000-4000-8000-0000000001${String(index)}${String(file.cases[index]!.attachments.length)}`,
      name,
      mediaType,
      size: bytes.length,
      sha256: sha256(bytes),
      addedAt: '2026-11-23T10:00:00.000Z',
      kind: 'screenshot' as const,
      stepId: null,
      deletedAt: null,
      data: bytes.toString('base64'),
    });
  attach(0, 'id-scan.png', 'image/png', png);
  attach(1, 'confirmation.pdf', 'application/pdf', pdf);
  // The same scan on another case: one entry in the archive, two attachments in the journal.
  attach(2, 'id-scan again.png', 'image/png', png);
  return file;
}

async function importFile(page: Page, language: Language, path: string) {
  const l = copy[language];
  await chooseFile(page, () => page.getByRole('button', { name: l.action.importJson, exact: true }).click(), path);
  return page.getByRole('dialog', { name: l.import.heading });
}

async function downloadArchive(page: Page, language: Language, path: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.list-pane').getByRole('button', { name: copy[language].action.exportArchive, exact: true }).click(),
  ]);
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

test('"Export archive" carries every attachment, and the archive imports into a fresh profile with the same bytes', async ({ page, browser }, testInfo) => {
  const journal = new JournalPage(page, 'en');
  await journal.open();
  const seeded = await journalWithEvidence();
  const dialog = await importFile(page, 'en', writeJson(testInfo.outputPath('evidence.json'), seeded));
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toContainText('Imported: 3 added');
  await dialog.getByRole('button', { name: 'Close' }).click();

  const archive = await downloadArchive(page, 'en', testInfo.outputPath('journal.zip'));
  expect(archive.name).toMatch(/^cancellation-journal-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByText(/3 cases and their attachments archived to cancellation-journal-.*\.zip/)).toBeVisible();

  // What is inside, read as any tool would: the journal, each distinct attachment once, by its hash.
  const opened = await openJournalArchive(bytesSource(archive.bytes), webHasher);
  if (!opened.ok) throw new Error(`the exported archive does not open: ${JSON.stringify(opened.problem)}`);
  const distinct = new Set(seeded.cases.flatMap((c) => c.attachments.map((a) => a.sha256)));
  expect(distinct.size).toBe(3);
  expect(opened.archive.manifest.files.map((entry) => entry.name).sort()).toEqual([JOURNAL_ENTRY, ...[...distinct].map(attachmentEntryName)].sort());
  const inside = JSON.parse(new TextDecoder().decode(opened.archive.journalBytes));
  expect(inside).toMatchObject({ format: 'cancellation-journal', version: JOURNAL_FORMAT_VERSION });
  expect(inside.cases.flatMap((c: { attachments: { data?: string }[] }) => c.attachments).every((a: { data?: string }) => a.data === undefined)).toBe(true);

  // A fresh profile: nothing there until the archive is imported.
  const context = await browser.newContext({ locale: 'en-US' });
  const fresh = new JournalPage(await context.newPage(), 'en');
  await fresh.open();
  await fresh.expectListed([]);
  const importing = await importFile(fresh.page, 'en', testInfo.outputPath('journal.zip'));
  await expect(importing).toContainText('3 new cases');
  await importing.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importing).toContainText('Imported: 3 added, 0 replaced, 0 skipped.');
  await importing.getByRole('button', { name: 'Close' }).click();
  await expect(fresh.rows()).toHaveCount(3);

  // Everything back: the fresh profile's JSON export is the seeded journal, attachments' bytes included.
  const [download] = await Promise.all([
    fresh.page.waitForEvent('download'),
    fresh.page.locator('.list-pane').getByRole('button', { name: 'Export JSON', exact: true }).click(),
  ]);
  await download.saveAs(testInfo.outputPath('again.json'));
  const again = JSON.parse(readFileSync(testInfo.outputPath('again.json'), 'utf8'));
  const byId = (file: { cases: { id: string }[] }) => [...file.cases].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(again)).toEqual(byId(JSON.parse(JSON.stringify(seeded))));
  const attachments = again.cases.flatMap((c: { attachments: { name: string; data: string }[] }) => c.attachments);
  expect(Buffer.from(attachments.find((a: { name: string }) => a.name === 'confirmation.pdf').data, 'base64').equals(pdf)).toBe(true);
  expect(Buffer.from(attachments.find((a: { name: string }) => a.name === 'id-scan.png').data, 'base64').equals(png)).toBe(true);
  await context.close();
});

for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  test.describe(`a tampered archive, in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'zh-CN' });
    const l = copy[language];
    const fill = (text: string, values: Record<string, string>) => text.replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? '');

    test('an attachment whose bytes were changed is refused, and nothing is imported', async ({ page }, testInfo) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Keep me' });
      await journal.waitForSaves();
      // The archive rewritten with a forged scan (its zip checksum made to match), the manifest kept.
      const journalBytes = new TextEncoder().encode(JSON.stringify({ ...(await journalWithEvidence()), cases: [] }));
      const files = [
        { name: JOURNAL_ENTRY, bytes: journalBytes },
        { name: attachmentEntryName(sha256(png)), bytes: new Uint8Array(png) },
      ];
      const forged = new Uint8Array(png);
      forged[forged.length - 20]! ^= 0xff;
      const path = testInfo.outputPath('tampered.zip');
      writeFileSync(path, await rawZip([files[0]!, { name: files[1]!.name, bytes: forged }, await manifestFor(files)]));

      const dialog = await importFile(page, language, path);
      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText(fill(l.import.problem.archive.hashMismatch, { name: 'tampered.zip', entry: files[1]!.name }));
      await expect(alert).toContainText(l.import.unchanged);
      await dialog.getByRole('button', { name: l.action.close }).click();
      await journal.reload();
      await journal.expectListed(['Keep me']);
    });

    test('an archive with one byte flipped on disk is refused: its SHA-256 no longer matches', async ({ page }, testInfo) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      const journalBytes = new TextEncoder().encode(JSON.stringify(await sampleJournalFile(1)));
      const files = [
        { name: JOURNAL_ENTRY, bytes: journalBytes },
        { name: attachmentEntryName(sha256(pdf)), bytes: new Uint8Array(pdf) },
      ];
      const zip = await rawZip([...files, await manifestFor(files)]);
      const at = Buffer.from(zip).indexOf(Buffer.from('%PDF-1.7')) + 100;
      zip[at]! ^= 0x01;
      const path = testInfo.outputPath('flipped.zip');
      writeFileSync(path, zip);
      const dialog = await importFile(page, language, path);
      // An attachment's bytes are checked by their SHA-256 against the manifest (the CRC-32 would only repeat it, weakly).
      await expect(dialog.getByRole('alert')).toContainText(fill(l.import.problem.archive.hashMismatch, { name: 'flipped.zip', entry: files[1]!.name }));
      await expect(dialog.getByRole('alert')).toContainText(l.import.unchanged);
    });

    test('an archive cut short (a download that stopped) is refused in the interface’s language, not the zip library’s English', async ({ page }, testInfo) => {
      if (language === 'zh-CN') await page.emulateMedia({ colorScheme: 'dark' });
      const journal = new JournalPage(page, language);
      await journal.open();
      const files = [{ name: JOURNAL_ENTRY, bytes: new TextEncoder().encode(JSON.stringify(await sampleJournalFile(1))) }];
      const zip = await rawZip([...files, await manifestFor(files)]);
      const path = testInfo.outputPath('cut short.zip');
      // The end of a zip (its table of contents) is what a stopped download lacks.
      writeFileSync(path, zip.slice(0, zip.length - 60));
      const dialog = await importFile(page, language, path);
      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText(fill(l.import.problem.archive.notZip.noDirectory, { name: 'cut short.zip' }));
      await expect(alert).not.toContainText('central directory');
      await expect(alert).toContainText(l.import.unchanged);
      await page.screenshot({ path: testInfo.outputPath(`archive-cut-short-${language}.png`) });
    });
  });
}

test('"Export archive" and the archive import show how many megabytes are through, and Cancel stops them with nothing saved or imported', async ({ page, browser }, testInfo) => {
  test.slow();
  const journal = new JournalPage(page, 'en');
  await journal.open();
  // Scans large enough that the export takes a moment (bytes that do not compress, as scans hardly do).
  const file = await sampleJournalFile(3);
  const scans = file.cases.map((_, index) => randomBytes(24 * 1024 * 1024 + index));
  for (const [index, scan] of scans.entries()) {
    file.cases[index]!.attachments.push({
      id: `00000000-0000-4000-8000-00000000020${String(index)}`,
      name: `passport page ${index + 1}.png`,
      mediaType: 'image/png',
      size: scan.length,
      sha256: sha256(scan),
      addedAt: '2026-11-23T10:00:00.000Z',
      kind: 'id_document' as const,
      stepId: null,
      deletedAt: null,
      data: scan.toString('base64'),
    });
  }
  const seeding = await importFile(page, 'en', writeJson(testInfo.outputPath('large scans.json'), file));
  await seeding.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(seeding).toContainText('Imported: 3 added', { timeout: 60_000 });
  await seeding.getByRole('button', { name: 'Close' }).click();

  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  // A slow machine, so Cancel comes while the export is surely under way.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.locator('.list-pane').getByRole('button', { name: en.action.exportArchive, exact: true }).click();
  const exporting = page.getByRole('dialog', { name: en.action.exportArchive });
  const total = ((24 * 1024 * 1024 * 3 + 3) / (1024 * 1024)).toFixed(1);
  await expect(exporting.getByRole('status')).toContainText(new RegExp(`Exporting attachments: [\\d.,]+ of ${total} MB`), { timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('archive-export-progress.png') });
  await exporting.getByRole('button', { name: en.action.cancel }).click();
  await expect(page.getByText(en.export.archiveCancelled)).toBeVisible();
  await expect(exporting).toBeHidden();
  expect(downloads).toEqual([]);

  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const archive = await downloadArchive(page, 'en', testInfo.outputPath('whole.zip'));
  const opened = await openJournalArchive(bytesSource(archive.bytes), webHasher);
  if (!opened.ok) throw new Error(`the exported archive does not open: ${JSON.stringify(opened.problem)}`);
  // Every scan is in it whole (the sample journal brings an attachment of its own too).
  expect([...opened.archive.attachments.keys()]).toEqual(expect.arrayContaining(scans.map(sha256)));
  for (const scan of scans) expect(opened.archive.attachments.get(sha256(scan))).toBe(scan.length);

  // Importing it into a fresh profile says how far the check has got, and Cancel leaves that profile empty.
  const context = await browser.newContext({ locale: 'en-US' });
  const fresh = new JournalPage(await context.newPage(), 'en');
  await fresh.open();
  const freshCdp = await context.newCDPSession(fresh.page);
  await freshCdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  const importing = await importFile(fresh.page, 'en', testInfo.outputPath('whole.zip'));
  await expect(importing.getByRole('status')).toContainText(/Checking the archive: [\d.,]+ of [\d.,]+ MB/, { timeout: 60_000 });
  await fresh.page.screenshot({ path: testInfo.outputPath('archive-import-progress.png') });
  await importing.getByRole('button', { name: en.action.cancel }).click();
  await expect(importing).toContainText(en.import.cancelled);
  await importing.getByRole('button', { name: en.action.close }).click();
  // Escape while main checks the archive closes the dialog for good: main's late answer does not
  // open it again, and nothing is imported.
  const closing = await importFile(fresh.page, 'en', testInfo.outputPath('whole.zip'));
  await expect(closing.getByRole('status')).toContainText(/Checking the archive: [\d.,]+ of [\d.,]+ MB/, { timeout: 60_000 });
  await fresh.page.keyboard.press('Escape');
  await expect(closing).toBeHidden();
  await fresh.page.waitForTimeout(1500);
  await expect(closing).toBeHidden();
  await freshCdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await fresh.reload();
  await fresh.expectListed([]);
  await context.close();
});
