import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { JournalPage, copy, type Language } from './journalPage';
import { chooseFile, writeJson } from './journalFiles';
import { sampleJournalFile } from '../src/shared/journalFile/journalFileFixtures';
import en from '../src/renderer/src/i18n/locales/en.json';
import zhCN from '../src/renderer/src/i18n/locales/zh-CN.json';

/** Today as the app counts it (local time), `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** What one screen breaks, one line per rule and element, for the test's message. */
interface Finding {
  screen: string;
  rule: string;
  impact: string;
  target: string;
  summary: string;
}

/** Runs axe-core on the page as it is and keeps the serious and critical violations. */
async function audit(page: Page, screen: string, findings: Finding[], shots: string): Promise<void> {
  await page.screenshot({ path: `${shots}-${screen}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  for (const violation of results.violations) {
    for (const node of violation.nodes) {
      findings.push({
        screen,
        rule: violation.id,
        impact: node.impact ?? violation.impact ?? 'unknown',
        target: node.target.join(' '),
        summary: node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help,
      });
    }
  }
}

const variants: { language: Language; locale: string; colorScheme: 'light' | 'dark' }[] = [
  { language: 'en', locale: 'en-US', colorScheme: 'light' },
  { language: 'zh-CN', locale: 'zh-CN', colorScheme: 'dark' },
];

for (const { language, locale, colorScheme } of variants) {
  test.describe(`accessibility in ${language}, ${colorScheme}`, () => {
    test.use({ locale, colorScheme });

    test('every screen has no serious or critical axe violation', async ({ page }, testInfo) => {
      test.slow();
      const journal = new JournalPage(page, language);
      const t = copy[language];
      const findings: Finding[] = [];
      const shots = `/tmp/axe-${language}-${colorScheme}`;
      await journal.open();
      await journal.expectListed([]);
      // The first run's offer fills the other pane.
      await expect(page.getByRole('button', { name: t.startExample })).toBeVisible();
      await audit(page, 'empty-list', findings, shots);

      // A file to import: its preview, then the list it fills.
      const file = writeJson(testInfo.outputPath('journal.json'), await sampleJournalFile(3));
      await chooseFile(page, () => page.getByRole('button', { name: t.importJson }).click(), file);
      const importDialog = page.getByRole('dialog', { name: t.importJson });
      await expect(importDialog.getByRole('button', { name: t.importAction, exact: true })).toBeVisible();
      await audit(page, 'import-preview', findings, shots);
      await importDialog.getByRole('button', { name: t.importAction, exact: true }).click();
      await importDialog.getByRole('button', { name: t.close }).click();
      await expect(journal.rows()).toHaveCount(3);

      // Again, with one more case: the cases already here ask what to do with them.
      const more = writeJson(testInfo.outputPath('more.json'), await sampleJournalFile(4));
      await chooseFile(page, () => page.getByRole('button', { name: t.importJson }).click(), more);
      await expect(importDialog.getByRole('button', { name: t.importAction, exact: true })).toBeVisible();
      await audit(page, 'import-preview-with-duplicates', findings, shots);
      await importDialog.getByRole('button', { name: t.cancel, exact: true }).click();
      await audit(page, 'full-list', findings, shots);

      // A case with every section open and something in each.
      await journal.rows().first().click();
      await journal.section(t.devicesSection).getByRole('button', { name: t.addDevice }).click();
      await journal.fillAndLeave(journal.field(t.deviceName), 'Pixel 8');
      await journal.section(t.ordersSection).getByRole('button', { name: t.addOrder }).click();
      await journal.fillAndLeave(journal.field(t.orderReference), 'INV-7');
      for (const toggle of await page.locator('.case-editor h2 button[aria-expanded="false"], .case-editor h3 button[aria-expanded="false"]').all()) {
        await toggle.click();
      }
      // And the help behind a section's and a step's "?".
      const help = journal.editor.getByRole('button', { name: t.help, exact: true });
      await help.first().click();
      await help.last().click();
      await expect(help.first()).toHaveAttribute('aria-expanded', 'true');
      await audit(page, 'case', findings, shots);
      await journal.statusField.selectOption('submitted');
      await expect(journal.field(t.happenedOn, page.getByRole('dialog'))).toBeVisible();
      await audit(page, 'status-dialog', findings, shots);
      await page.keyboard.press('Escape');

      // A contact logged, so the History has one, and the dialog that logs it.
      await journal.section(t.history).getByRole('button', { name: t.addContact, exact: true }).click();
      const contactDialog = page.getByRole('dialog', { name: t.addContact });
      await journal.field(t.contactSaid, contactDialog).fill('Refund approved');
      await audit(page, 'contact-dialog', findings, shots);
      await contactDialog.getByRole('button', { name: t.saveContact, exact: true }).click();
      await expect(contactDialog).toBeHidden();
      await expect(journal.section(t.history).locator('li[data-kind="contact"]')).toHaveCount(1);
      await audit(page, 'case-with-contact', findings, shots);

      await journal.editor.getByRole('button', { name: t.exportPdf }).click();
      const preview = page.getByRole('dialog', { name: t.reportPreview });
      await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();
      await audit(page, 'report-preview', findings, shots);
      await preview.getByRole('button', { name: t.close }).click();

      await page.getByRole('button', { name: t.newCase, exact: true }).click();
      await expect(page.locator('form.new-case')).toBeVisible();
      await audit(page, 'new-case', findings, shots);

      // "Needs attention" with a follow-up due today, its snooze menu open, and the list's badge.
      const l = language === 'en' ? en : zhCN;
      await journal.createCase({ title: 'Follow-up case' });
      const followUp = journal.field(l.field.followUpOn, journal.editor);
      await journal.typeOver(followUp, today());
      await followUp.press('Tab');
      await expect(journal.row('Follow-up case').locator('.attention-badge')).toBeVisible();
      await page.getByRole('button', { name: new RegExp(`^${l.attention.title}`) }).click();
      const attention = page.getByRole('region', { name: l.attention.title, exact: true });
      await attention.getByRole('listitem').filter({ hasText: 'Follow-up case' }).getByRole('button', { name: l.attention.snooze, exact: true }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await audit(page, 'needs-attention', findings, shots);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: t.settings }).click();
      await expect(journal.field(t.language)).toBeVisible();
      await audit(page, 'settings', findings, shots);

      await page.getByRole('button', { name: t.overview, exact: true }).click();
      await expect(page.getByRole('region', { name: t.overview, exact: true }).locator('.overview-no-closed')).toBeVisible();
      await audit(page, 'overview', findings, shots);

      await journal.rows().first().click();
      await page.getByRole('button', { name: t.deleteCase, exact: true }).click();
      await page.getByRole('button', { name: t.trash }).click();
      await journal.rows().first().click();
      await expect(page.getByRole('button', { name: t.restore, exact: true })).toBeVisible();
      await audit(page, 'trash', findings, shots);
      await page.getByRole('button', { name: t.emptyTrash, exact: true }).click();
      await expect(page.getByRole('dialog').getByRole('button', { name: t.emptyTrash, exact: true })).toBeVisible();
      await audit(page, 'empty-trash-question', findings, shots);

      const serious = findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
      expect(serious, `screenshots: ${shots}-*.png`).toEqual([]);
    });

    test('an empty list says so and is no listbox; the keyboard reaches the list and scrolls the report', async ({ page }, testInfo) => {
      const journal = new JournalPage(page, language);
      const t = copy[language];
      await journal.open();
      await expect(page.getByText(t.emptyList)).toBeVisible();
      await expect(page.getByRole('listbox')).toHaveCount(0);

      await chooseFile(page, () => page.getByRole('button', { name: t.importJson }).click(), writeJson(testInfo.outputPath('journal.json'), await sampleJournalFile(3)));
      const importDialog = page.getByRole('dialog', { name: t.importJson });
      await importDialog.getByRole('button', { name: t.importAction, exact: true }).click();
      await importDialog.getByRole('button', { name: t.close }).click();
      await expect(journal.rows()).toHaveCount(3);
      await expect(page.getByText(t.emptyList)).toHaveCount(0);

      // Nothing is selected, yet Tab from the search field stops at the list's first row.
      await page.getByRole('searchbox', { name: t.search }).focus();
      for (let presses = 0; presses < 12; presses += 1) {
        if (await journal.rows().first().evaluate((row) => row === document.activeElement)) break;
        await page.keyboard.press('Tab');
      }
      await expect(journal.rows().first()).toBeFocused();
      await expect(journal.rows().first()).toHaveAttribute('aria-selected', 'false');
      const firstTitle = (await journal.rows().first().locator('.row-title').textContent()) ?? '';
      await page.keyboard.press('ArrowDown');
      await expect(journal.field(t.title, journal.editor)).toHaveValue(firstTitle);
      await expect(journal.rows().first()).toBeFocused();

      // The report of the whole list is longer than the window: after Close, Tab reaches the report, and the keys scroll it.
      await page.locator('.list-pane').getByRole('button', { name: t.exportPdf }).click();
      const preview = page.getByRole('dialog', { name: t.reportPreview });
      await expect(preview.locator('.report-case')).toHaveCount(3);
      await expect(preview.getByRole('button', { name: t.close })).toBeFocused();
      await page.keyboard.press('Tab');
      const pages = preview.getByRole('region', { name: t.reportPages });
      await expect(pages).toBeFocused();
      await page.keyboard.press('PageDown');
      await expect.poll(() => pages.evaluate((region) => region.scrollTop)).toBeGreaterThan(0);
    });
  });
}
