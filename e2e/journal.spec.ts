import { expect, test } from '@playwright/test';
import { JournalPage, copy, type Language } from './journalPage';

for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  test.describe(`the journal in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'zh-CN' });

    test('a case from the default template, filled in completely, survives a restart', async ({ page }) => {
      const journal = new JournalPage(page, language);
      const t = copy[language];
      await journal.open();
      const title = language === 'en' ? 'Axis eSIM travel number' : 'Axis 保号卡';
      await journal.createCase({ title, provider: 'Axis', account: '+62 812 3456 4821' });

      // The checklist is the default flow, in the UI's language.
      await expect(journal.step(t.firstStep)).toBeVisible();
      await journal.step(t.firstStep).check();
      await journal.step(t.signIn).check();
      await expect(journal.row(title)).toContainText('2/11');

      // Balance: an amount, a currency typed as its ISO code, and what became of it.
      const balance = journal.section(t.balanceSection);
      await journal.fillAndLeave(journal.field(t.currency, balance), 'idr');
      await expect(journal.field(t.currency, balance)).toHaveValue('IDR');
      await journal.fillAndLeave(journal.field(t.balance, balance), '150000');
      await journal.field(t.outcome, balance).selectOption({ index: 4 }); // refunded

      // Two devices, one unbound on a typed date.
      const devices = journal.section(t.devicesSection);
      await devices.getByRole('button', { name: t.addDevice, exact: true }).click();
      await devices.getByRole('button', { name: t.addDevice, exact: true }).click();
      const cards = devices.locator('fieldset');
      await expect(cards).toHaveCount(2);
      await journal.fillAndLeave(journal.field(t.deviceName, cards.nth(0)), 'Pixel 8');
      await journal.fillAndLeave(journal.field(t.deviceName, cards.nth(1)), 'iPad');
      await journal.field(t.unbound, cards.nth(0)).check();
      await journal.fillAndLeave(journal.field(t.unboundOn, cards.nth(0)), '2026-11-01');

      // An order, paid.
      const orders = journal.section(t.ordersSection);
      await orders.getByRole('button', { name: t.addOrder, exact: true }).click();
      await journal.fillAndLeave(journal.field(t.orderReference, orders), 'INV-2026-10');
      await journal.fillAndLeave(journal.field(t.orderAmount, orders), '25000');
      await journal.field(t.orderStatus, orders).selectOption({ index: 1 }); // paid

      // Submission: the expected decision date is computed in business days.
      await journal.fillAndLeave(journal.field(t.submittedOn), '2026-11-06'); // a Friday
      await journal.fillAndLeave(journal.field(t.referenceNumber), 'REQ-889123');
      await journal.fillAndLeave(journal.field(t.review), '3');
      // The case is in the browser's region: Veterans Day (11 November) is skipped in the United States.
      const expected = page.getByTestId('expected-decision');
      await expect(expected).toContainText(language === 'en' ? 'Nov 12, 2026' : '2026年11月11日');

      // Confirmation.
      await journal.fillAndLeave(journal.field(t.confirmedOn), '2026-11-12');
      await journal.fillAndLeave(journal.field(t.confirmationNumber), 'CONF-42');
      await journal.changeStatus('confirmed');

      await journal.reload();
      await journal.openCase(title);

      await expect(journal.step(t.firstStep)).toBeChecked();
      await expect(journal.step(t.signIn)).toBeChecked();
      await expect(journal.step(t.secondStep)).not.toBeChecked();
      await expect(journal.field(t.balance, balance)).toHaveValue('150,000');
      await expect(journal.field(t.currency, balance)).toHaveValue('IDR');
      await expect(journal.field(t.outcome, balance)).toHaveValue('refunded');
      await expect(journal.field(t.deviceName, cards.nth(0))).toHaveValue('Pixel 8');
      await expect(journal.field(t.unbound, cards.nth(0))).toBeChecked();
      await expect(journal.field(t.unboundOn, cards.nth(0))).toHaveValue('2026-11-01');
      await expect(journal.field(t.unbound, cards.nth(1))).not.toBeChecked();
      await expect(journal.field(t.orderReference, orders)).toHaveValue('INV-2026-10');
      await expect(journal.field(t.orderAmount, orders)).toHaveValue('25,000');
      await expect(journal.field(t.orderStatus, orders)).toHaveValue('paid');
      await expect(journal.field(t.submittedOn)).toHaveValue('2026-11-06');
      await expect(journal.field(t.referenceNumber)).toHaveValue('REQ-889123');
      await expect(journal.field(t.review)).toHaveValue('3');
      await expect(expected).toContainText(language === 'en' ? 'Nov 12, 2026' : '2026年11月11日');
      await expect(journal.field(t.confirmedOn)).toHaveValue('2026-11-12');
      await expect(journal.field(t.confirmationNumber)).toHaveValue('CONF-42');
      await expect(journal.statusField).toHaveValue('confirmed');
      await expect(journal.row(title)).toContainText(language === 'en' ? 'Confirmed' : '已确认注销');
    });

    test('submitting with prerequisites open warns but does not block', async ({ page }) => {
      const journal = new JournalPage(page, language);
      const t = copy[language];
      await journal.open();
      await journal.createCase({ title: 'Gym membership', provider: 'FitCo' });
      const balance = journal.section(t.balanceSection);
      await journal.fillAndLeave(journal.field(t.balance, balance), '20');
      const devices = journal.section(t.devicesSection);
      await devices.getByRole('button', { name: t.addDevice, exact: true }).click();
      await devices.getByRole('button', { name: t.addDevice, exact: true }).click();
      const orders = journal.section(t.ordersSection);
      await orders.getByRole('button', { name: t.addOrder, exact: true }).click();

      await journal.changeStatus('submitted');
      const warning = page.locator('.warning-panel');
      await expect(warning).toBeVisible();
      if (language === 'en') {
        await expect(warning).toContainText('Balance not settled');
        await expect(warning).toContainText('2 devices still bound');
        await expect(warning).toContainText('1 order open');
      } else {
        await expect(warning).toContainText('余额尚未处理');
        await expect(warning).toContainText('仍有 2 台设备未解除绑定');
        await expect(warning).toContainText('1 个订单未结');
      }
      // Not a block: the status changed and the submission date was filled in.
      await expect(journal.statusField).toHaveValue('submitted');
      await expect(journal.field(t.submittedOn)).not.toHaveValue('');
    });
  });
}
