import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary, launchApp } from './electronApp';
import { JournalPage } from '../journalPage';
import { sampleJournalFile } from '../../src/shared/journalFile/journalFileFixtures';
import { serializeJournalFile } from '../../src/shared/journalFile/writeJournalFile';
import en from '../../src/renderer/src/i18n/locales/en.json';

const binary = electronBinary();
if ('missing' in binary) {
  // Said out loud, so a skipped suite is never mistaken for a passing one.
  console.log(`[electron e2e] skipped: ${binary.missing}.`);
}
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const scan = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300_000, 0x42), Buffer.from('\n%%EOF\n')]);

/** The OS's open and save dialogs, answered from the main process. */
async function answerDialogs(app: ElectronApplication, answers: { open?: string; save?: string }) {
  await app.evaluate(({ dialog }, { open, save }) => {
    if (open) dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [open] })) as typeof dialog.showOpenDialog;
    if (save) dialog.showSaveDialog = (async () => ({ canceled: false, filePath: save })) as typeof dialog.showSaveDialog;
  }, answers);
}

test('Export archive through main’s dialog writes the zip from the attachment files, and it imports into a fresh profile with the same bytes', async () => {
  const { app, userData } = await launchApp();
  const page = await app.firstWindow();
  const journal = new JournalPage(page);
  await journal.waitUntilReady();

  // A journal with one attachment, brought in through the app's own JSON import.
  const file = await sampleJournalFile(2);
  file.cases[1]!.attachments.push({
    id: '00000000-0000-4000-8000-000000000e01',
    name: 'closure letter.pdf',
    mediaType: 'application/pdf',
    size: scan.length,
    sha256: sha256(scan),
    addedAt: '2026-11-23T10:00:00.000Z',
    kind: 'confirmation',
    stepId: null,
    deletedAt: null,
    data: scan.toString('base64'),
  });
  const jsonPath = join(userData, 'seed.json');
  writeFileSync(jsonPath, serializeJournalFile(file));
  await answerDialogs(app, { open: jsonPath });
  await page.getByRole('button', { name: en.action.importJson, exact: true }).click();
  const importing = page.getByRole('dialog', { name: en.import.heading });
  await importing.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importing).toContainText('Imported: 2 added');
  await importing.getByRole('button', { name: 'Close' }).click();
  // The bytes are a file of their own in the data folder, named by their SHA-256.
  const stored = join(userData, 'attachments', sha256(scan).slice(0, 2), `${sha256(scan)}.bin`);
  expect(readFileSync(stored).equals(scan)).toBe(true);

  const archivePath = join(userData, 'journal.zip');
  await answerDialogs(app, { save: archivePath });
  await page.locator('.list-pane').getByRole('button', { name: en.action.exportArchive, exact: true }).click();
  await expect(page.getByText(/2 cases and their attachments archived to .*journal\.zip/)).toBeVisible();
  expect(existsSync(archivePath)).toBe(true);
  await app.close();

  // A fresh profile imports the archive: main unpacks it into its own attachment files.
  const fresh = await launchApp();
  const freshPage = await fresh.app.firstWindow();
  await new JournalPage(freshPage).waitUntilReady();
  await answerDialogs(fresh.app, { open: archivePath });
  await freshPage.getByRole('button', { name: en.action.importJson, exact: true }).click();
  const again = freshPage.getByRole('dialog', { name: en.import.heading });
  await again.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(again).toContainText('Imported: 2 added, 0 replaced, 0 skipped.');
  await again.getByRole('button', { name: 'Close' }).click();
  expect(readFileSync(join(fresh.userData, 'attachments', sha256(scan).slice(0, 2), `${sha256(scan)}.bin`)).equals(scan)).toBe(true);

  // Its JSON export carries the same bytes.
  const exportPath = join(fresh.userData, 'again.json');
  await answerDialogs(fresh.app, { save: exportPath });
  await freshPage.locator('.list-pane').getByRole('button', { name: en.action.exportJson, exact: true }).click();
  await expect.poll(() => existsSync(exportPath)).toBe(true);
  const exported = JSON.parse(readFileSync(exportPath, 'utf8')) as { cases: { attachments: { name: string; data: string }[] }[] };
  const letter = exported.cases.flatMap((c) => c.attachments).find((a) => a.name === 'closure letter.pdf');
  expect(Buffer.from(letter!.data, 'base64').equals(scan)).toBe(true);
  await fresh.app.close();
});
