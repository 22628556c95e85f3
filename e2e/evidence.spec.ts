import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import en from '../src/renderer/src/i18n/locales/en.json';
import zhCN from '../src/renderer/src/i18n/locales/zh-CN.json';
import enFlow from '../src/shared/templates/default-flow.en.json';
import zhCNFlow from '../src/shared/templates/default-flow.zh-CN.json';
import { JournalPage, copy, type Language } from './journalPage';
import { chooseFile, printReport } from './journalFiles';

// Relative to where Playwright runs (the project's root, as every script here).
const fixture = (name: string) => resolve('e2e', 'fixtures', name);
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The evidence copy, per language, from the locale files themselves. */
const words = {
  en: { l: en, requestStep: enFlow.items.find((item) => item.key === 'request-form')!.title },
  'zh-CN': { l: zhCN, requestStep: zhCNFlow.items.find((item) => item.key === 'request-form')!.title },
};

/** The Evidence section and its attachments, in the user's terms. */
class Evidence {
  constructor(
    readonly journal: JournalPage,
    readonly language: Language,
  ) {}
  get l() {
    return words[this.language].l;
  }
  get section(): Locator {
    return this.journal.section(this.l.section.evidence);
  }
  item(name: string): Locator {
    return this.section.getByRole('listitem').filter({ has: this.journal.page.locator('.attachment-name', { hasText: name }) });
  }
  kindOf(name: string): Locator {
    return this.item(name).getByLabel(this.l.evidence.kind);
  }
  async addToStep(step: string, file: string): Promise<void> {
    const row = this.journal.stepRow(step);
    await chooseFile(this.journal.page, () => row.getByRole('button', { name: this.l.action.addAttachment, exact: true }).click(), fixture(file));
    await expect(this.item(file)).toBeVisible();
  }
  /** Drops a file onto the case page, as a file manager would. */
  async drop(file: string, target: Locator = this.journal.editor): Promise<void> {
    const bytes = [...readFileSync(fixture(file))];
    const dataTransfer = await this.journal.page.evaluateHandle(
      ({ bytes, name }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], name));
        return transfer;
      },
      { bytes, name: file },
    );
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
    await expect(this.item(file)).toBeVisible();
  }
  async openPreview(name: string): Promise<Locator> {
    await this.item(name).getByRole('button', { name: this.l.evidence.preview, exact: true }).click();
    return this.item(name).locator('.attachment-preview');
  }
}

async function savedCopy(page: Page, item: Locator, label: string, path: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: label, exact: true }).click()]);
  await download.saveAs(path);
  return readFileSync(path);
}

/** The images a PDF embeds (pdfimages), not counting soft masks. */
function pdfImageCount(path: string): number {
  const lines = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.filter((line) => line.trim().split(/\s+/)[2] === 'image').length;
}

for (const language of ['en', 'zh-CN'] as const) {
  test.describe(`evidence (${language})`, () => {
    test.use({ locale: language });

    test('an image and a PDF on a step: shown inside the app, saved back out byte for byte', async ({ page }, testInfo) => {
      const journal = new JournalPage(page, language);
      const evidence = new Evidence(journal, language);
      const { l, requestStep } = words[language];
      await journal.open();
      await journal.createCase({ title: language === 'en' ? 'Axis eSIM travel number' : 'Axis 保号卡注销', provider: 'Axis' });

      await evidence.addToStep(requestStep, 'request-sent-screenshot.png');
      await evidence.addToStep(requestStep, 'closure-receipt.pdf');
      await expect(evidence.kindOf('request-sent-screenshot.png')).toHaveValue('screenshot');
      await expect(evidence.kindOf('closure-receipt.pdf')).toHaveValue('receipt');
      // Under the step too, and the item says which step it proves.
      await expect(journal.stepRow(requestStep).getByRole('list', { name: l.evidence.stepFiles })).toContainText('closure-receipt.pdf');
      await expect(evidence.item('closure-receipt.pdf')).toContainText(requestStep);
      // The start of its SHA-256, the whole on hover.
      const hash = sha256(fixture('closure-receipt.pdf'));
      await expect(evidence.item('closure-receipt.pdf').locator('code')).toHaveText(`${hash.slice(0, 12)}…`);
      await expect(evidence.item('closure-receipt.pdf').locator('code')).toHaveAttribute('title', hash);
      await expect(evidence.item('closure-receipt.pdf').locator('.attachment-size')).toHaveText('669 B');

      const image = (await evidence.openPreview('request-sent-screenshot.png')).getByRole('img', { name: 'request-sent-screenshot.png' });
      await expect(image).toBeVisible();
      expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(320);

      const pdf = await evidence.openPreview('closure-receipt.pdf');
      const page1 = pdf.getByRole('img', { name: `closure-receipt.pdf — ${l.evidence.pdfPage.replace('{{page}}', '1').replace('{{pages}}', '1')}` });
      await expect(page1).toBeVisible();
      // pdf.js drew the page: some of the canvas is not white.
      await expect
        .poll(() =>
          page1.evaluate((canvas: HTMLCanvasElement) => {
            const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height / 4).data;
            return data.some((value, index) => index % 4 !== 3 && value < 128);
          }),
        )
        .toBe(true);
      // Looked at in both languages, Chinese in dark mode.
      if (language === 'zh-CN') await page.emulateMedia({ colorScheme: 'dark' });
      await pdf.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`evidence-${language}.png`) });

      const copied = await savedCopy(page, evidence.item('closure-receipt.pdf'), l.action.saveCopy, testInfo.outputPath('copy.pdf'));
      expect(copied.equals(readFileSync(fixture('closure-receipt.pdf')))).toBe(true);
      const copiedImage = await savedCopy(page, evidence.item('request-sent-screenshot.png'), l.action.saveCopy, testInfo.outputPath('copy.png'));
      expect(createHash('sha256').update(copiedImage).digest('hex')).toBe(sha256(fixture('request-sent-screenshot.png')));

      // Kept after a restart, and changeable.
      await journal.reload();
      await evidence.kindOf('closure-receipt.pdf').selectOption('confirmation');
      // The select shows the stored kind, and an attachment's write is not counted by the save
      // indicator that reload() waits for: wait until the case read back has the new kind.
      await expect(evidence.kindOf('closure-receipt.pdf')).toHaveValue('confirmation');
      await journal.reload();
      await expect(evidence.kindOf('closure-receipt.pdf')).toHaveValue('confirmation');
    });

    test('a dropped e-mail: its headers and text, its date taken as "Confirmed on", its sender as support contact', async ({ page }) => {
      const journal = new JournalPage(page, language);
      const evidence = new Evidence(journal, language);
      const { l } = words[language];
      const t = copy[language];
      await journal.open();
      await journal.createCase({ title: language === 'en' ? 'Axis eSIM' : 'Axis 保号卡', provider: 'Axis' });
      await evidence.drop('account-closed.eml');
      await expect(evidence.kindOf('account-closed.eml')).toHaveValue('confirmation');
      const preview = await evidence.openPreview('account-closed.eml');
      await expect(preview.locator('.email-subject')).toHaveText('您的 Axis 账户已注销');
      await expect(preview).toContainText('Axis 客户支持 <support@axis.co.id>');
      await expect(preview).toContainText('Dewi Lestari <dewi@example.com>');
      await expect(preview).toContainText('Confirmation number: AX-7781');
      await expect(preview).toContainText('closure-receipt.pdf');
      if (language === 'zh-CN') await page.emulateMedia({ colorScheme: 'dark' });
      await preview.scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath(`email-${language}.png`) });

      const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(2026, 10, 8));
      await preview.getByRole('button', { name: l.evidence.useDateAsConfirmed.replace('{{date}}', day) }).click();
      await expect(journal.field(t.confirmedOn)).toHaveValue('2026-11-08');
      await expect(journal.statusField).toHaveValue('confirmed');
      await preview.getByRole('button', { name: l.evidence.useSenderAsContact.replace('{{contact}}', 'Axis 客户支持 <support@axis.co.id>') }).click();
      await expect(journal.field(l.field.supportContact)).toHaveValue('Axis 客户支持 <support@axis.co.id>');
      await journal.reload();
      await expect(journal.field(t.confirmedOn)).toHaveValue('2026-11-08');
    });

    test('an ID document is blurred until clicked, and left out of the report unless ticked', async ({ page }, testInfo) => {
      const journal = new JournalPage(page, language);
      const evidence = new Evidence(journal, language);
      const { l, requestStep } = words[language];
      await journal.open();
      await journal.createCase({ title: language === 'en' ? 'Gym membership' : '健身房会员', provider: 'FitCo' });
      await evidence.addToStep(requestStep, 'passport-scan.png');
      await evidence.addToStep(requestStep, 'request-sent-screenshot.png');
      await expect(evidence.kindOf('passport-scan.png')).toHaveValue('id_document');

      const preview = await evidence.openPreview('passport-scan.png');
      await expect(preview).toHaveAttribute('data-blurred', 'true');
      expect(await preview.locator('.preview-content').evaluate((element) => getComputedStyle(element).filter)).toContain('blur');
      await page.screenshot({ path: testInfo.outputPath(`id-blurred-${language}.png`) });
      await preview.getByRole('button', { name: l.evidence.showSensitive }).click();
      await expect(preview).toHaveAttribute('data-blurred', 'false');
      await expect(preview.getByRole('img', { name: 'passport-scan.png' })).toBeVisible();

      await journal.waitForSaves();
      await journal.editor.getByRole('button', { name: l.action.exportPdf, exact: true }).click();
      const report = page.getByRole('dialog', { name: l.report.previewLabel });
      const images = report.getByRole('group', { name: l.report.evidenceImages });
      await expect(images.getByRole('img')).toHaveCount(1);
      await expect(images.getByRole('img', { name: 'request-sent-screenshot.png' })).toBeVisible();
      const footer = (await report.locator('.report-generated').textContent()) ?? '';
      const without = testInfo.outputPath('without-id.pdf');
      const text = await printReport(page, without, footer, 'A4', language);
      // Listed by name, kind and full SHA-256 — the ID document too — but only the screenshot pictured.
      for (const expected of [sha256(fixture('passport-scan.png')), sha256(fixture('request-sent-screenshot.png')), 'passport-scan.png', l.attachmentKind.id_document, l.report.idDocumentLeftOut]) {
        expect(text, expected).toContain(expected);
      }
      expect(pdfImageCount(without)).toBe(1);

      await report.getByLabel(l.report.includeIdDocuments).check();
      await expect(images.getByRole('img')).toHaveCount(2);
      await expect(images.getByRole('img', { name: 'passport-scan.png' })).toBeVisible();
      const withId = testInfo.outputPath('with-id.pdf');
      const ticked = await printReport(page, withId, footer, 'A4', language);
      expect(ticked).not.toContain(l.report.idDocumentLeftOut);
      expect(pdfImageCount(withId)).toBe(2);
    });
  });
}

test('limits say what is wrong, and the attachment Trash gives a file back', async ({ page }) => {
  const journal = new JournalPage(page, 'en');
  const evidence = new Evidence(journal, 'en');
  await journal.open();
  await journal.createCase({ title: 'Netflix', provider: 'Netflix' });
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([], 'empty.txt'));
    return transfer;
  });
  await journal.editor.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('alert')).toContainText('“empty.txt” is empty: there is nothing to keep.');
  await expect(evidence.section).toContainText(en.evidence.none);

  await evidence.drop('closure-receipt.pdf');
  await evidence.item('closure-receipt.pdf').getByRole('button', { name: en.evidence.moveToTrash }).click();
  await expect(evidence.section).toContainText(en.evidence.none);
  await evidence.section.getByText('Attachment Trash (1)').click();
  await evidence.section.getByRole('button', { name: 'Restore closure-receipt.pdf' }).click();
  await expect(evidence.kindOf('closure-receipt.pdf')).toHaveValue('receipt');
});
