import { expect, test } from '@playwright/test';
import { JournalPage } from './journalPage';

for (const [language, scheme] of [['en', 'light'], ['zh-CN', 'dark'], ['en', 'dark']] as const) {
  test.describe(`contact dialog ${language} ${scheme}`, () => {
    test.use({ locale: language, colorScheme: scheme, timezoneId: 'Asia/Jakarta' });
    test('shot', async ({ page }) => {
      const journal = new JournalPage(page, language);
      const t = journal.t;
      await journal.open();
      await journal.createCase({ title: 'Axis eSIM', provider: 'Axis' });
      const history = journal.section(t.history);
      await history.getByRole('button', { name: t.addContact, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: t.addContact });
      await journal.field(t.contactWho, dialog).pressSequentially('Rina');
      await journal.field(t.contactSaid, dialog).pressSequentially('Approved.');
      await expect(dialog).toBeVisible();
      await page.screenshot({ path: `/tmp/rows-an/contact-${language}-${scheme}.png` });
    });
  });
}
