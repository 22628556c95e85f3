import { expect, test } from '@playwright/test';
import { JournalPage, copy, type Language } from './journalPage';
import { printReport } from './journalFiles';

/** What is stored is what the user meant, typed key by key; a refused value moves nothing. */
for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  test.describe(`an exact record in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'zh-CN' });
    const t = copy[language];
    const date = (en: string, zh: string) => (language === 'en' ? en : zh);

    test('changing the currency keeps the number the user typed', async ({ page }) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Axis eSIM', provider: 'Axis' });
      const balance = journal.section(t.balanceSection);
      const amount = journal.field(t.balance, balance);
      await journal.typeOver(amount, '15000');
      await amount.press('Tab');
      await expect(amount).toHaveValue('15,000');

      await journal.typeOver(journal.field(t.currency, balance), 'idr');
      await journal.field(t.currency, balance).press('Enter');
      await expect(journal.field(t.currency, balance)).toHaveValue('IDR');
      await expect(amount).toHaveValue('15,000');
      await expect(balance.getByTestId('amount-preview')).toHaveText('IDR\u00a015,000');

      // Indonesian grouping with the currency's own symbol, key by key.
      await journal.typeOver(amount, 'Rp 1.500.000');
      await expect(balance.getByTestId('amount-preview')).toHaveText('IDR\u00a01,500,000');
      await amount.press('Tab');
      await expect(amount).toHaveValue('1,500,000');

      await journal.reload();
      await journal.openCase('Axis eSIM');
      await expect(journal.field(t.currency, journal.section(t.balanceSection))).toHaveValue('IDR');
      await expect(journal.field(t.balance, journal.section(t.balanceSection))).toHaveValue('1,500,000');
    });

    test('a refused date stores nothing and moves nothing derived from it', async ({ page }) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Axis eSIM', provider: 'Axis' });
      const submittedOn = journal.field(t.submittedOn);
      await journal.typeOver(submittedOn, '2026-11-02');
      await submittedOn.press('Tab');
      await journal.typeOver(journal.field(t.review), '5');
      await journal.field(t.review).press('Tab');
      await journal.changeStatus('submitted');
      const expected = page.getByTestId('expected-decision');
      await expect(expected).toContainText(date('Nov 9, 2026', '2026年11月9日'));
      const row = journal.row('Axis eSIM');
      await expect(row).toContainText(date('Nov 9, 2026', '2026年11月9日'));

      await journal.typeOver(submittedOn, '2026-02-30');
      await expect(journal.editor.locator('.field-error')).toHaveText(date('This date does not exist.', '这个日期不存在。'));
      await submittedOn.press('Tab');
      // 2026-02-03 was valid on the way: had it been stored, the decision would be due on Feb 10.
      await expect(expected).toContainText(date('Nov 9, 2026', '2026年11月9日'));
      await expect(row).toContainText(date('Nov 9, 2026', '2026年11月9日'));
      await journal.reload();
      await journal.openCase('Axis eSIM');
      await expect(journal.field(t.submittedOn)).toHaveValue('2026-11-02');
    });

    test('a status change records the day it happened, in the history and the report', async ({ page }, testInfo) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Axis eSIM', provider: 'Axis' });
      // The calendar in the status dialog: Escape closes the calendar, not the dialog.
      await journal.statusField.selectOption('submitted');
      const dialog = page.getByRole('dialog', { name: language === 'en' ? 'Mark as Submitted' : '标记为“已提交”' });
      await dialog.getByRole('button', { name: language === 'en' ? 'Choose date' : '选择日期' }).click();
      await expect(page.getByRole('dialog', { name: language === 'en' ? 'Calendar' : '日历' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: language === 'en' ? 'Calendar' : '日历' })).toBeHidden();
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: language === 'en' ? 'Cancel' : '取消' }).click();
      await expect(journal.statusField).toHaveValue('draft');

      await journal.changeStatus('submitted', '2026-11-02');
      await expect(journal.field(t.submittedOn)).toHaveValue('2026-11-02');
      await journal.changeStatus('confirmed', '2026-11-08');
      await expect(journal.field(t.confirmedOn)).toHaveValue('2026-11-08');

      // Newest first, by the day it happened.
      const history = journal.editor.locator('.timeline li');
      await expect(history.nth(0).locator('.timeline-event')).toHaveText(`${date('Nov 8, 2026', '2026年11月8日')} — ${language === 'en' ? 'Confirmed' : '已确认注销'}`);
      await expect(history.nth(1).locator('.timeline-event')).toHaveText(`${date('Nov 2, 2026', '2026年11月2日')} — ${language === 'en' ? 'Submitted' : '已提交'}`);
      // When it was recorded stays visible beside it.
      await expect(history.nth(0).locator('.timeline-recorded')).toContainText(language === 'en' ? 'recorded' : '记录于');

      await journal.waitForSaves();
      await journal.editor.getByRole('button', { name: language === 'en' ? 'Export PDF' : '导出 PDF' }).click();
      const preview = page.getByRole('dialog', { name: language === 'en' ? 'Report preview' : '报告预览' });
      const footer = (await preview.locator('.report-generated').textContent()) ?? '';
      const text = await printReport(page, testInfo.outputPath('history.pdf'), footer);
      expect(text).toContain(`${date('Nov 2, 2026', '2026年11月2日')} — ${language === 'en' ? 'Submitted' : '已提交'}`);
      expect(text).toContain(`${date('Nov 8, 2026', '2026年11月8日')} — ${language === 'en' ? 'Confirmed' : '已确认注销'}`);
    });
  });
}
