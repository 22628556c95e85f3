import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import en from '../src/renderer/src/i18n/locales/en.json';
import zhCN from '../src/renderer/src/i18n/locales/zh-CN.json';
import { JournalPage } from './journalPage';

const locales = { en, 'zh-CN': zhCN };

/** An amount as the page's own Intl writes it in `language` (the app formats each currency with Intl). */
function money(page: Page, language: string, amount: number, currency: string): Promise<string> {
  return page.evaluate(([lang, value, code]) => new Intl.NumberFormat(lang, { style: 'currency', currency: code }).format(value), [language, amount, currency] as const);
}

/** One currency's figure under one column of the Overview's money table. */
async function moneyCell(table: Locator, currency: string, column: string): Promise<string> {
  const headers = await table.getByRole('columnheader').allTextContents();
  const row = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: currency, exact: true }) });
  return (await row.locator('th, td').nth(headers.indexOf(column)).textContent()) ?? '';
}

for (const language of ['en', 'zh-CN'] as const) {
  test.describe(`the Overview (${language})`, () => {
    // Chinese in dark mode, so the screenshots show both themes.
    test.use({ locale: language, colorScheme: language === 'zh-CN' ? 'dark' : 'light' });

    test.beforeEach(async ({ page }) => {
      // Thursday 26 November 2026; only the date is fixed, timers run.
      await page.clock.setFixedTime(new Date(2026, 10, 26, 10, 0));
    });

    test(`the overview shows the money figures (${language})`, async ({ page }) => {
      const l = locales[language];
      const journal = new JournalPage(page, language);
      await journal.open();

      /** A case with its balance, what became of it and its recurring fee, typed key by key; confirmed on `confirmedOn`. */
      const addCase = async (title: string, currency: string, balance: string, outcome: string, fee: string, period: string, confirmedOn: string) => {
        await journal.createCase({ title, provider: title });
        const section = journal.section(l.section.balance);
        await journal.typeOver(journal.field(l.field.currency, section), currency);
        await page.keyboard.press('Tab');
        await journal.typeOver(journal.field(l.field.balance, section), balance);
        await page.keyboard.press('Tab');
        await journal.field(l.field.balanceOutcome, section).selectOption(outcome);
        await journal.typeOver(journal.field(l.field.recurringFee, section), fee);
        await page.keyboard.press('Tab');
        await journal.field(l.field.billingPeriod, section).selectOption(period);
        await journal.changeStatus('confirmed', confirmedOn);
        await journal.waitForSaves();
      };
      await addCase('StreamCo', 'USD', '12.50', 'forfeited', '9.99', 'monthly', '2026-09-30');
      await addCase('Axis', 'IDR', '25,000', 'refund_requested', '3,000', 'weekly', '2026-11-02');
      await journal.section(l.section.balance).screenshot({ path: `test-results/overview-fee-${language}.png` });

      await page.getByRole('button', { name: l.action.overview, exact: true }).click();
      const overview = page.getByRole('region', { name: l.overview.heading, exact: true });
      const table = overview.getByRole('region', { name: l.overview.money, exact: true }).getByRole('table');
      await expect(table).toBeVisible();

      const byStatus = overview.getByRole('region', { name: l.overview.byStatus });
      await expect(byStatus.locator('[data-status="confirmed"] dd')).toHaveText('2');
      await expect(byStatus.locator('[data-status="draft"] dd')).toHaveText('0');

      expect(await moneyCell(table, 'USD', l.overview.forfeited)).toBe(await money(page, language, 12.5, 'USD'));
      expect(await moneyCell(table, 'USD', l.overview.monthlySaving)).toBe(await money(page, language, 9.99, 'USD'));
      // Confirmed on 30 September: the 30 October charge was saved, the 30 November one not yet.
      expect(await moneyCell(table, 'USD', l.overview.savedSoFar)).toBe(await money(page, language, 9.99, 'USD'));
      expect(await moneyCell(table, 'IDR', l.overview.pending)).toBe(await money(page, language, 25000, 'IDR'));
      // 3,000 a week is 13,000 a month; three weeks since 2 November.
      expect(await moneyCell(table, 'IDR', l.overview.monthlySaving)).toBe(await money(page, language, 13000, 'IDR'));
      expect(await moneyCell(table, 'IDR', l.overview.savedSoFar)).toBe(await money(page, language, 9000, 'IDR'));

      // The chart, drawn on demand: September to November, the saving in the chosen currency.
      const chart = overview.getByRole('img');
      await expect(chart).toHaveAttribute('aria-label', new RegExp(await money(page, language, 13000, 'IDR')));
      await overview.getByLabel(l.overview.chartCurrency).selectOption('USD');
      await expect(chart).toHaveAttribute('aria-label', new RegExp((await money(page, language, 9.99, 'USD')).replace(/[$.]/g, '\\$&')));
      await expect(chart.locator('rect.chart-bar')).toHaveCount(2);
      // Tall enough for the whole Overview (the detail pane scrolls; a screenshot shows what is in view).
      await page.setViewportSize({ width: 1280, height: 1300 });
      await overview.screenshot({ path: `test-results/overview-${language}.png` });

      // The chart and the table, in this language and theme, with no serious or critical axe finding.
      const { violations } = await new AxeBuilder({ page }).include('.overview').analyze();
      expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
    });
  });
}
