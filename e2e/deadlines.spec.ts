import { expect, test } from '@playwright/test';
import en from '../src/renderer/src/i18n/locales/en.json';
import zhCN from '../src/renderer/src/i18n/locales/zh-CN.json';
import { JournalPage } from './journalPage';

const locales = { en, 'zh-CN': zhCN };

/** How the app writes a day in `language` (medium style). */
const day = (language: string, year: number, month: number, date: number) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(year, month - 1, date));

for (const language of ['en', 'zh-CN'] as const) {
  test.describe(language, () => {
    // Chinese in dark mode, so the screenshots show both.
    test.use({ locale: language, colorScheme: language === 'zh-CN' ? 'dark' : 'light' });

    test.beforeEach(async ({ page }) => {
      // Thursday 26 November 2026, Thanksgiving in the United States; only the date is fixed, timers run.
      await page.clock.setFixedTime(new Date(2026, 10, 26, 10, 0));
    });

    test(`review clock (${language}): submitted 10 business days ago with a 5-day review, overdue by the country's business days`, async ({ page }) => {
      const l = locales[language];
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Axis eSIM', provider: 'Axis' });
      await journal.field(l.field.country, journal.editor).selectOption('ID');
      await journal.changeStatus('submitted', '2026-11-12');
      await expect(journal.field(l.field.reviewBusinessDays, journal.editor)).toHaveValue('5');

      const overdue = (count: number) => (language === 'en' ? en.review[count === 1 ? 'overdue_one' : 'overdue_other'] : zhCN.review.overdue_other).replace('{{count}}', String(count));
      // Indonesia has no holiday between 12 and 26 November 2026: ten business days, five past the review.
      await expect(journal.summaryFact(l.casePage.review)).toHaveText(overdue(5));
      await expect(journal.row('Axis eSIM').locator('.row-review')).toHaveText(overdue(5));
      await expect(journal.summaryFact(l.casePage.decisionDue)).toHaveText(day(language, 2026, 11, 19));

      // In the United States today is Thanksgiving: nine business days, four past the review.
      await journal.field(l.field.country, journal.editor).selectOption('US');
      await expect(journal.summaryFact(l.casePage.review)).toHaveText(overdue(4));
      await expect(journal.row('Axis eSIM').locator('.row-review')).toHaveText(overdue(4));
      await journal.summary.screenshot({ path: `test-results/deadlines-review-${language}.png` });
      await journal.row('Axis eSIM').screenshot({ path: `test-results/deadlines-row-${language}.png` });

      // The next case from the same provider takes the provider's country.
      await journal.createCase({ title: 'Axis second number', provider: 'Axis' });
      await expect(journal.field(l.field.country, journal.editor)).toHaveValue('US');
    });

    test(`cancel by (${language}): a renewal in 5 days with 2 days' notice shows the last day to cancel prominently`, async ({ page }) => {
      const l = locales[language];
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Streaming plan', provider: 'StreamCo' });
      const renewsOn = journal.field(l.field.renewsOn, journal.editor);
      await journal.typeOver(renewsOn, '2026-12-01');
      await renewsOn.press('Tab');
      const notice = journal.field(l.field.noticePeriod, journal.editor);
      await journal.typeOver(notice, '2');
      await notice.press('Tab');
      const cancelBy = journal.summaryFact(l.casePage.cancelBy);
      await expect(cancelBy).toHaveText(l.casePage.cancelByNotice.replace('{{date}}', day(language, 2026, 11, 29)).replace('{{renewsOn}}', day(language, 2026, 12, 1)));
      await expect(page.getByTestId('cancel-by')).toHaveText(l.deadlines.cancelBy.replace('<strong>{{date}}</strong>', day(language, 2026, 11, 29)));
      // Prominent: larger than the other facts.
      const size = (locator: typeof cancelBy) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(await size(cancelBy)).toBeGreaterThan(await size(journal.summaryFact(l.casePage.submitted)));
      await journal.summary.screenshot({ path: `test-results/deadlines-summary-${language}.png` });
      await journal.section(l.section.deadlines).screenshot({ path: `test-results/deadlines-section-${language}.png` });

      // Once the request is sent, the cancellation is in the provider's hands: no cancel-by in the summary.
      await journal.changeStatus('submitted');
      await expect(cancelBy).toHaveCount(0);
    });
  });
}
