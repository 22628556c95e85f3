import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import en from '../src/renderer/src/i18n/locales/en.json';
import zhCN from '../src/renderer/src/i18n/locales/zh-CN.json';
import { JournalPage } from './journalPage';

const locales = { en, 'zh-CN': zhCN };

for (const language of ['en', 'zh-CN'] as const) {
  test.describe(language, () => {
  test.use({ locale: language });
  test(`proof status (${language}): what a dispute would still lack, in the summary, the list and its filter`, async ({ page }) => {
    const l = locales[language];
    const journal = new JournalPage(page, language);
    await journal.open();
    await journal.createCase({ title: 'Old gym', provider: 'FitCo' });
    await journal.createCase({ title: 'Axis eSIM', provider: 'Axis' });

    // Nothing on file yet.
    const proof = journal.summaryFact(l.proof.label);
    await expect(proof).toContainText(l.proof.level.missing);
    await expect(proof).toContainText(l.proof.gap.noEvidence);
    await expect(journal.row('Axis eSIM').locator('.proof-badge')).toHaveText(l.proof.row.missing);

    // Sent, with a screenshot of the request dropped onto the case: complete for a sent request.
    await journal.changeStatus('submitted');
    await expect(proof).toContainText(l.proof.gap.submissionUnproven);
    const bytes = [...readFileSync(resolve('e2e', 'fixtures', 'request-sent-screenshot.png'))];
    const transfer = await page.evaluateHandle((bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'request-sent-screenshot.png', { type: 'image/png' }));
      return data;
    }, bytes);
    await journal.editor.dispatchEvent('dragover', { dataTransfer: transfer });
    await journal.editor.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(proof).toContainText(l.proof.level.complete);
    await expect(proof.locator('li')).toHaveCount(0);
    await expect(journal.row('Axis eSIM').locator('.proof-badge')).toHaveText(l.proof.row.complete);

    // Confirmed without the confirmation itself: incomplete, and the list filters by it.
    await journal.changeStatus('confirmed');
    await expect(proof).toContainText(l.proof.level.incomplete);
    await expect(proof).toContainText(l.proof.gap.noConfirmationEvidence);
    const filter = page.getByRole('combobox', { name: l.proof.filter });
    await filter.selectOption({ label: l.proof.level.incomplete });
    await journal.expectListed(['Axis eSIM']);
    await filter.selectOption({ label: l.proof.level.missing });
    await journal.expectListed(['Old gym']);
    await filter.selectOption({ label: l.proof.all });
    await journal.expectListed(['Axis eSIM', 'Old gym']);
  });
  });
}
