import { expect, test, type Locator } from '@playwright/test';
import { JournalPage, copy, type Language } from './journalPage';

const messages = {
  en: {
    negative: 'The amount cannot be negative.',
    notNumber: 'Enter an amount, e.g. $1,234.50.',
    nonexistent: 'This date does not exist.',
    format: 'Write the date as YYYY-MM-DD, e.g. 2026-11-02.',
    currency: '“XYZ” is not an ISO 4217 currency code (e.g. USD, IDR, CNY).',
    required: 'This cannot be empty.',
    days: 'Enter a whole number of days.',
  },
  'zh-CN': {
    negative: '金额不能为负数。',
    notNumber: '请输入金额，例如 US$1,234.50。',
    nonexistent: '这个日期不存在。',
    format: '请按 YYYY-MM-DD 格式填写日期，例如 2026-11-02。',
    currency: '“XYZ”不是 ISO 4217 币种代码（例如 USD、IDR、CNY）。',
    required: '此项不能为空。',
    days: '请输入整数天数。',
  },
} as const;

/** The error sits next to its field and is announced; the field is marked invalid. */
async function expectFieldError(field: Locator, message: string) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await field.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  const error = field.page().locator(`[id="${describedBy}"]`);
  await expect(error).toHaveText(message);
  await expect(error).toHaveAttribute('role', 'alert');
}

for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  test.describe(`bad input in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'zh-CN' });

    test('each bad value is refused with a clear message and the saved value is kept', async ({ page }) => {
      const journal = new JournalPage(page, language);
      const t = copy[language];
      const m = messages[language];
      await journal.open();

      // A case needs a title.
      await page.getByRole('button', { name: t.newCase, exact: true }).click();
      const form = page.locator('form.new-case');
      await form.getByRole('button', { name: t.create, exact: true }).click();
      await expectFieldError(journal.field(t.title, form), m.required);
      await journal.field(t.title, form).fill('Bad input case');
      await form.getByRole('button', { name: t.create, exact: true }).click();

      const balanceSection = journal.section(t.balanceSection);
      const balance = journal.field(t.balance, balanceSection);
      const currency = journal.field(t.currency, balanceSection);
      await journal.fillAndLeave(currency, 'USD');
      await journal.fillAndLeave(balance, '12.50');

      await journal.fillAndLeave(balance, '-5');
      await expectFieldError(balance, m.negative);
      await expect(balance).toHaveValue('-5'); // what was typed stays visible, to be corrected
      await journal.fillAndLeave(balance, 'twelve');
      await expectFieldError(balance, m.notNumber);

      await journal.fillAndLeave(currency, 'XYZ');
      await expectFieldError(currency, m.currency);

      const submittedOn = journal.field(t.submittedOn);
      await journal.fillAndLeave(submittedOn, '2026-11-02');
      await journal.fillAndLeave(submittedOn, '2026-02-30');
      await expectFieldError(submittedOn, m.nonexistent);
      const confirmedOn = journal.field(t.confirmedOn);
      await journal.fillAndLeave(confirmedOn, 'next week');
      await expectFieldError(confirmedOn, m.format);

      const review = journal.field(t.review);
      await journal.fillAndLeave(review, '2.5');
      await expectFieldError(review, m.days);

      const title = journal.field(t.title, journal.editor.locator('.editor-header'));
      await journal.fillAndLeave(title, '');
      await expectFieldError(title, m.required);

      // Nothing bad reached the journal, and nothing good was lost.
      await journal.reload();
      await journal.openCase('Bad input case');
      await expect(journal.field(t.balance, balanceSection)).toHaveValue('12.50');
      await expect(journal.field(t.currency, balanceSection)).toHaveValue('USD');
      await expect(journal.field(t.submittedOn)).toHaveValue('2026-11-02');
      await expect(journal.field(t.confirmedOn)).toHaveValue('');
      await expect(journal.field(t.review)).toHaveValue('5');
      await expect(page.locator('[role="alert"].field-error')).toHaveCount(0);
    });
  });
}

test('correcting a bad value clears the message and saves', async ({ page }) => {
  const journal = new JournalPage(page, 'en');
  const t = copy.en;
  await journal.open();
  await journal.createCase({ title: 'Fixing things' });
  const balance = journal.field(t.balance, journal.section(t.balanceSection));
  await journal.fillAndLeave(balance, '-1');
  await expect(balance).toHaveAttribute('aria-invalid', 'true');
  await journal.fillAndLeave(balance, '1');
  await expect(balance).not.toHaveAttribute('aria-invalid', 'true');
  await journal.reload();
  await journal.openCase('Fixing things');
  await expect(journal.field(t.balance, journal.section(t.balanceSection))).toHaveValue('1');
});
