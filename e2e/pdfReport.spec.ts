import { expect, test } from '@playwright/test';
import { JournalPage, copy } from './journalPage';
import { pdfInfo, printReport } from './journalFiles';

test('a case report has every part of the case, with the account masked on request', async ({ page }, testInfo) => {
  const journal = new JournalPage(page, 'en');
  const t = copy.en;
  await journal.open();
  await journal.createCase({ title: 'Axis eSIM travel number', provider: 'Axis', account: '+62 812 3456 4821' });
  await journal.step(t.firstStep).check();
  const balance = journal.section(t.balanceSection);
  await journal.fillAndLeave(journal.field(t.currency, balance), 'IDR');
  await journal.fillAndLeave(journal.field(t.balance, balance), '150000');
  await journal.field(t.outcome, balance).selectOption('refunded');
  // The plan's fee, then corrected: the History keeps both (old → new).
  const fee = journal.field('Recurring fee', balance);
  await journal.typeOver(fee, '75000');
  await fee.press('Tab');
  await journal.waitForSaves();
  await journal.typeOver(fee, '900000');
  await fee.press('Tab');
  await journal.field('Billing period', balance).selectOption('yearly');
  await journal.section(t.devicesSection).getByRole('button', { name: 'Add device' }).click();
  await journal.fillAndLeave(journal.field(t.deviceName), 'Pixel 8');
  await journal.field(t.unbound).check();
  await journal.fillAndLeave(journal.field(t.unboundOn), '2026-11-01');
  await journal.section(t.ordersSection).getByRole('button', { name: 'Add order' }).click();
  await journal.fillAndLeave(journal.field(t.orderReference), 'INV-2026-10');
  await journal.fillAndLeave(journal.field(t.submittedOn), '2026-11-06');
  await journal.fillAndLeave(journal.field(t.referenceNumber), 'REQ-889123');
  await journal.fillAndLeave(journal.field(t.confirmedOn), '2026-11-12');
  await journal.fillAndLeave(journal.field(t.confirmationNumber), 'CONF-42');
  await journal.fillAndLeave(journal.field(t.notes), 'Support promised the refund within five business days.');
  await journal.waitForSaves();

  await journal.editor.getByRole('button', { name: 'Export PDF' }).click();
  const preview = page.getByRole('dialog', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Axis eSIM travel number');
  await preview.getByLabel('Mask account numbers').check();
  const footer = (await preview.locator('.report-generated').textContent()) ?? '';
  expect(footer).toMatch(/^Generated .+ · Cancellation Journal \d+\.\d+\.\d+$/);

  const text = await printReport(page, testInfo.outputPath('case.pdf'), footer);
  for (const expected of [
    'Axis eSIM travel number',
    'Provider',
    '+62 •••• 4821',
    'Submitted on',
    'Nov 6, 2026',
    'REQ-889123',
    'Expected decision',
    'Nov 16, 2026', // five business days in the United States (the browser's region), Veterans Day skipped
    'Actual decision',
    'Nov 12, 2026',
    'CONF-42',
    'Use up, move or refund the remaining credit',
    'Done',
    'IDR',
    '150,000',
    'Refunded',
    'Recurring fee',
    'IDR 900,000, Yearly',
    'Recurring fee: IDR 75,000 → IDR 900,000',
    'Billing period: Monthly → Yearly',
    'Pixel 8',
    'Nov 1, 2026',
    'INV-2026-10',
    'Support promised the refund',
    'Evidence',
  ]) {
    expect(text, expected).toContain(expected);
  }
  expect(text).not.toContain('3456');
  expect(text).toMatch(/Page 1 of \d/); // page numbers in the footer
  expect(text).toContain(footer);
  const info = pdfInfo(testInfo.outputPath('case.pdf'));
  expect(info.Tagged).toBe('yes');
  expect(info['Page size']).toContain('A4');

  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(preview).toBeHidden();
});

test('the journal report has a summary table, then one section per case', async ({ page }, testInfo) => {
  const journal = new JournalPage(page, 'en');
  await journal.open();
  await journal.createCase({ title: 'Netflix family', provider: 'Netflix' });
  await journal.createCase({ title: 'Gym membership', provider: 'FitCo' });
  await journal.createCase({ title: 'Spotify', provider: 'Spotify' });
  await journal.search('netflix');
  await journal.expectListed(['Netflix family']);
  await journal.search('');
  await page.locator('.list-pane').getByRole('button', { name: 'Export PDF' }).click();
  const preview = page.getByRole('dialog', { name: 'Report preview' });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Cancellation journal');
  await expect(preview.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  await expect(preview.locator('.report-case')).toHaveCount(3);
  const text = await printReport(page, testInfo.outputPath('journal.pdf'), 'Generated for the test', 'Letter');
  expect(text).toContain('Summary');
  for (const title of ['Netflix family', 'Gym membership', 'Spotify']) {
    expect(text.split(title).length - 1, title).toBeGreaterThanOrEqual(2); // in the table and as a section
  }
  // Cases flow one after another instead of each starting a page (this took seven pages when they did).
  expect(Number(pdfInfo(testInfo.outputPath('journal.pdf')).Pages)).toBeLessThanOrEqual(3);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('the report renders Chinese text that can be found in the PDF', async ({ page }, testInfo) => {
    const journal = new JournalPage(page, 'zh-CN');
    const t = copy['zh-CN'];
    await journal.open();
    await journal.createCase({ title: 'Axis 保号卡注销', provider: '阿克西斯', account: '+62 812 3456 4821' });
    await journal.step(t.firstStep).check();
    await journal.fillAndLeave(journal.field(t.notes), '客服说退款需要五个工作日');
    await journal.waitForSaves();
    await journal.editor.getByRole('button', { name: '导出 PDF' }).click();
    const preview = page.getByRole('dialog', { name: '报告预览' });
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Axis 保号卡注销');
    const footer = (await preview.locator('.report-generated').textContent()) ?? '';
    expect(footer).toMatch(/^生成于 .+ · 注销日志 \d+\.\d+\.\d+$/);
    const text = await printReport(page, testInfo.outputPath('zh.pdf'), footer, 'A4', 'zh-CN');
    for (const expected of ['Axis 保号卡注销', '阿克西斯', '用完、转出或申请退还剩余余额', '已完成', '客服说退款需要五个工作日', '预计结果日期', '生成于']) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toMatch(/第 1 页，共 1 页/); // page numbers in the footer, in Chinese
    // A nearly empty case fits on one page (it took two when the sections were spaced out more).
    expect(pdfInfo(testInfo.outputPath('zh.pdf')).Pages).toBe('1');
  });
});
