import { expect, test } from '@playwright/test';
import { JournalPage, copy, type Language } from './journalPage';

for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  test.describe(`search and filters in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'zh-CN' });

    test('finds cases by title, provider, account and notes, and narrows by status and type', async ({ page }) => {
      const journal = new JournalPage(page, language);
      const t = copy[language];
      const streaming = language === 'en' ? 'Streaming' : '流媒体';
      await journal.open();
      await journal.createCase({ title: 'Axis eSIM', provider: 'Axis', account: '+62 812 3456 4821' });
      await journal.createCase({ title: 'Netflix family', provider: 'Netflix', category: streaming });
      await journal.createCase({ title: '健身房会员', provider: '乐刻运动' });
      await journal.fillAndLeave(journal.field(t.notes), '客服说退款需要五个工作日');
      await journal.statusField.selectOption('submitted');
      await journal.waitForSaves();

      // Most recently changed first.
      await journal.expectListed(['健身房会员', 'Netflix family', 'Axis eSIM']);

      await journal.search('netf');
      await journal.expectListed(['Netflix family']);
      await journal.search('4821');
      await journal.expectListed(['Axis eSIM']);
      await journal.search('乐刻');
      await journal.expectListed(['健身房会员']);
      await journal.search('工作日'); // a word from the notes, in Chinese
      await journal.expectListed(['健身房会员']);
      await journal.search('no such provider');
      await journal.expectListed([]);
      await expect(page.locator('.list-empty')).toBeVisible();
      await journal.search('');
      await expect(journal.rows()).toHaveCount(3);

      const statusFilter = page.getByLabel(t.statusFilter, { exact: true });
      const categoryFilter = page.getByLabel(t.categoryFilter, { exact: true });
      await statusFilter.selectOption('submitted');
      await journal.expectListed(['健身房会员']);
      await statusFilter.selectOption('draft');
      await journal.expectListed(['Netflix family', 'Axis eSIM']);
      await categoryFilter.selectOption('streaming');
      await journal.expectListed(['Netflix family']);
      await journal.search('axis');
      await journal.expectListed([]);
      await statusFilter.selectOption('');
      await categoryFilter.selectOption('');
      await journal.expectListed(['Axis eSIM']);
    });
  });
}
