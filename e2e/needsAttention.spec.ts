import { expect, test } from '@playwright/test';
import en from '../src/renderer/src/i18n/locales/en.json';
import zhCN from '../src/renderer/src/i18n/locales/zh-CN.json';
import { JournalPage } from './journalPage';

const locales = { en, 'zh-CN': zhCN };

for (const language of ['en', 'zh-CN'] as const) {
  test.describe(language, () => {
    // Chinese in dark mode, so the screenshots show both.
    test.use({ locale: language, colorScheme: language === 'zh-CN' ? 'dark' : 'light' });

    test.beforeEach(async ({ page }) => {
      // Thursday 26 November 2026; only the date is fixed, timers run.
      await page.clock.setFixedTime(new Date(2026, 10, 26, 10, 0));
    });

    test(`needs attention (${language}): a review submitted 10 business days ago with 5 to take is overdue; the list badges and filters it; snoozed, it leaves`, async ({
      page,
    }) => {
      const l = locales[language];
      const a = l.attention;
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Gym membership', provider: 'FitCo' });
      await journal.createCase({ title: 'Axis eSIM', provider: 'Axis' });
      await journal.field(l.field.country, journal.editor).selectOption('ID');
      await journal.changeStatus('submitted', '2026-11-12');
      await expect(journal.field(l.field.reviewBusinessDays, journal.editor)).toHaveValue('5');

      // The browser build says so inside the app (the desktop shows a system notification).
      await expect(page.locator('.notice-card', { hasText: 'Axis eSIM' })).toContainText(a.kind.reviewOverdue);

      // The list: a badge on the case that needs attention, none on the other; the filter keeps only it.
      await expect(journal.row('Axis eSIM').locator('.attention-badge')).toHaveText(a.badge);
      await expect(journal.row('Gym membership').locator('.attention-badge')).toHaveCount(0);
      const filter = page.getByRole('checkbox', { name: l.list.attentionFilter, exact: true });
      await filter.check();
      await journal.expectListed(['Axis eSIM']);
      await filter.uncheck();
      await journal.expectListed(['Axis eSIM', 'Gym membership']);

      await page.getByRole('button', { name: a.open_other.replace('{{count, number}}', '1'), exact: true }).click();
      const view = page.getByRole('region', { name: a.title, exact: true });
      const overdue = (language === 'en' ? en.attention.overdueBy_other : zhCN.attention.overdueBy_other).replace('{{count, number}}', '5');
      const item = view.getByRole('listitem').filter({ hasText: 'Axis eSIM' });
      await expect(item).toContainText(a.kind.reviewOverdue);
      await expect(item).toContainText(overdue);
      await expect(view.getByRole('listitem')).toHaveCount(1);
      await view.screenshot({ path: `test-results/needs-attention-${language}.png` });

      // The case's name opens it.
      await item.getByRole('button', { name: 'Axis eSIM', exact: true }).click();
      await expect(journal.field(l.field.title, journal.editor)).toHaveValue('Axis eSIM');
      await page.getByRole('button', { name: a.open_other.replace('{{count, number}}', '1'), exact: true }).click();

      // Snooze: a menu of four choices, here one day. The item leaves, and so does the badge.
      await view.getByRole('button', { name: a.snooze, exact: true }).click();
      const menu = page.getByRole('menu', { name: a.snooze });
      await expect(menu.getByRole('menuitem')).toHaveText([a.snoozeChoice.oneDay, a.snoozeChoice.threeDays, a.snoozeChoice.oneWeek, a.snoozeChoice.untilDate]);
      await page.screenshot({ path: `test-results/needs-attention-snooze-${language}.png` });
      await menu.getByRole('menuitem', { name: a.snoozeChoice.oneDay }).click();
      await expect(view.getByRole('listitem')).toHaveCount(0);
      await expect(view).toContainText(a.empty);
      await expect(journal.row('Axis eSIM').locator('.attention-badge')).toHaveCount(0);
      await expect(page.getByRole('button', { name: a.open_zero, exact: true })).toBeVisible();

      // Remembered: after a reload it is still snoozed.
      await journal.reload();
      await page.getByRole('button', { name: a.open_zero, exact: true }).click();
      await expect(page.getByRole('region', { name: a.title, exact: true })).toContainText(a.empty);
    });

    test(`dismiss and snooze until a day (${language}): a follow-up today, dismissed, is gone; a date not after today is refused`, async ({ page }) => {
      const l = locales[language];
      const a = l.attention;
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Streaming plan', provider: 'StreamCo' });
      const followUp = journal.field(l.field.followUpOn, journal.editor);
      await journal.typeOver(followUp, '2026-11-26');
      await followUp.press('Tab');
      await page.getByRole('button', { name: a.open_other.replace('{{count, number}}', '1'), exact: true }).click();
      const view = page.getByRole('region', { name: a.title, exact: true });
      const item = view.getByRole('listitem').filter({ hasText: 'Streaming plan' });
      await expect(item).toContainText(a.kind.followUp);
      await expect(item).toContainText(a.today);

      await item.getByRole('button', { name: a.snooze, exact: true }).click();
      await page.getByRole('menuitem', { name: a.snoozeChoice.untilDate }).click();
      const until = journal.field(a.snoozeUntil, item);
      await journal.typeOver(until, '2026-11-26');
      await until.press('Tab');
      await expect(item.getByRole('alert')).toHaveText(a.snoozeUntilLater);

      await item.getByRole('button', { name: a.dismiss, exact: true }).click();
      await expect(view).toContainText(a.empty);
    });
  });
}
