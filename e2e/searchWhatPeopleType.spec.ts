import { expect, test } from '@playwright/test';
import { JournalPage, copy, type Language } from './journalPage';

for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  test.describe(`search finds what people type, in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'zh-CN' });

    test('a reference number typed key by key, and a phone account by its national form and middle digits', async ({ page }) => {
      const journal = new JournalPage(page, language);
      const t = copy[language];
      const searchBox = page.getByRole('searchbox', { name: t.search });
      /** Types into the search box key by key, as a person does, so every partial query is answered on the way. */
      const type = async (text: string) => {
        await searchBox.clear();
        await searchBox.pressSequentially(text);
      };

      await journal.open();
      await journal.createCase({ title: 'Netflix family', provider: 'Netflix' });
      await journal.fillAndLeave(journal.field(t.referenceNumber), 'REQ-55120');
      await journal.createCase({ title: 'Other request', provider: 'Spotify' });
      await journal.fillAndLeave(journal.field(t.referenceNumber), 'REQ-55121');
      await journal.createCase({ title: 'Axis eSIM', provider: 'Axis', account: '+62 838 1234 4821' });
      await journal.fillAndLeave(journal.field(t.currency, journal.section(t.balanceSection)), 'IDR');
      // Typed in its national form, the account is stored and shown in its one international form.
      const account = journal.field(t.account, journal.editor);
      await journal.fillAndLeave(account, '0838-1234-4821');
      await expect(account).toHaveValue('+62 838 1234 4821');
      await journal.createCase({ title: 'Telkomsel prepaid', provider: 'Telkomsel', account: '+62 838 9999 1234' });
      await journal.waitForSaves();

      await type('REQ-55120');
      await journal.expectListed(['Netflix family']);
      await type('req55120');
      await journal.expectListed(['Netflix family']);
      await type('REQ');
      await journal.expectListed(['Other request', 'Netflix family']);

      await type('0838-1234-4821');
      await journal.expectListed(['Axis eSIM']);
      await type('8381234');
      await journal.expectListed(['Axis eSIM']);
      await type('+62 838');
      await journal.expectListed(['Telkomsel prepaid', 'Axis eSIM']);

      // The words are stored: after a restart the same searches still find the cases.
      await journal.reload();
      await type('8381234');
      await journal.expectListed(['Axis eSIM']);
      await type('REQ-55120');
      await journal.expectListed(['Netflix family']);
    });
  });
}
