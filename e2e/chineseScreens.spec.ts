import { expect, test, type Page } from '@playwright/test';
import { JournalPage, copy } from './journalPage';
import { chooseFile, downloadOf, writeJson } from './journalFiles';

/**
 * Latin words a Chinese screen may show, each because it is a name or a code, not copy to translate.
 * (Currency codes are allowed on top of these: whatever `Intl` knows as an ISO 4217 code.)
 */
const allowedLatinWords = new Map<string, string>([
  ['PDF', 'a file format, named as such on Chinese software ("导出 PDF")'],
  ['JSON', 'a file format, and the extension of the file the user picks'],
  ['UTC', 'the offset of a moment from UTC (“UTC+08:00”), written so in Chinese too'],
  ['ID', 'the usual loanword for an account or record identifier ("账户 ID")'],
  ['eSIM', 'a technology name without a Chinese equivalent in use ("手机号 / eSIM")'],
  ['Ctrl', 'a key on the keyboard, in the shortcut hint ("Ctrl+N / ⌘N")'],
  ['N', 'a key on the keyboard, in the same hint'],
  ['YYYY', 'the date pattern the date fields accept ("YYYY-MM-DD")'],
  ['MM', 'the same pattern'],
  ['DD', 'the same pattern'],
  ['SHA', 'the checksum algorithm SHA-256, a column of the report'],
  ['KB', 'the unit of a backup’s size'],
  ['ics', 'the extension of a calendar file (“日历文件（.ics）”), in "Add to calendar"’s hint'],
  ['Google', 'a calendar’s product name, in the same hint'],
  ['Apple', 'the same'],
  ['Outlook', 'the same'],
  ['MB', 'the same, for backups of a megabyte or more'],
  ['A4', 'the name of a paper size'],
  ['https', 'how a web address starts, in the portal field’s placeholder ("https://")'],
  ['Axis', 'a provider’s brand, in the title placeholder’s example ("例如：Axis eSIM（旅行保号）")'],
  ['English', 'the language menu names each language in itself, so someone lost in the other one finds theirs'],
]);

interface ScreenText {
  screen: string;
  text: string;
}

/**
 * Everything a person reads or hears on the page now: the text of visible elements, the options of
 * visible menus, and the accessible names and hints (aria-label, title, placeholder, alt). Input
 * values are left out: they are what the user typed.
 */
async function screenTexts(page: Page, screen: string): Promise<ScreenText[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [document.title];
    const visible = (element: Element) => element.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Menus are read below, option by option; a datalist is only a typing aid of codes.
      if (!parent || parent.closest('script, style, template, select, datalist')) continue;
      if (visible(parent) && node.textContent?.trim()) found.push(node.textContent.trim());
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]')) {
      if (!visible(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = element.getAttribute(name);
        if (value?.trim()) found.push(value.trim());
      }
    }
    for (const select of document.querySelectorAll('select')) {
      if (visible(select)) for (const option of select.options) found.push(option.text.trim());
    }
    return found;
  });
  return texts.map((text) => ({ screen, text }));
}

/** Latin words in `texts` that are neither allowed names and codes nor ISO currency codes. */
async function strayLatinWords(page: Page, texts: ScreenText[]): Promise<string[]> {
  const currencies = new Set(await page.evaluate(() => Intl.supportedValuesOf('currency')));
  const stray = new Set<string>();
  for (const { screen, text } of texts) {
    for (const [word] of text.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) {
      if (allowedLatinWords.has(word) || currencies.has(word) || word === 'json') continue;
      stray.add(`${screen}: “${word}” in “${text}”`);
    }
  }
  return [...stray];
}

test.use({ locale: 'en-US', colorScheme: 'dark' });

test('every screen in Chinese speaks Chinese, apart from names, codes and what the user typed', async ({ page }, testInfo) => {
  test.slow();
  const texts: ScreenText[] = [];
  const look = async (screen: string) => {
    texts.push(...(await screenTexts(page, screen)));
    // For a person to look over, in the test's output folder.
    await page.screenshot({ path: testInfo.outputPath(`${screen}.png`), fullPage: true });
  };

  // Start in English and raise a notice there: after the switch it must read in Chinese too.
  const english = new JournalPage(page, 'en');
  await english.open();
  await page.getByRole('button', { name: copy.en.settings }).click();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.locator('.notice-card')).toHaveText('Backup saved.');
  await english.field(copy.en.language).selectOption('zh-CN');

  const journal = new JournalPage(page, 'zh-CN');
  const t = copy['zh-CN'];
  await expect.soft(page.locator('.notice-card')).toHaveText('备份已保存。');
  await expect(page.getByRole('list', { name: '备份' }).getByRole('listitem')).toHaveCount(1);
  await look('settings-and-empty-list');

  await page.getByRole('button', { name: t.newCase, exact: true }).click();
  const form = page.locator('form.new-case');
  await expect(journal.field(t.template, form).locator('option')).toHaveCount(2);
  await look('new-case');
  await journal.field(t.title, form).fill('中国移动副卡注销');
  await journal.field(t.provider, form).fill('中国移动');
  await journal.field(t.account, form).fill('+86 138 0013 8000');
  await form.getByRole('button', { name: t.create, exact: true }).click();
  await expect(journal.field(t.title, journal.editor)).toHaveValue('中国移动副卡注销');

  // Every section with something in it: balance, a bound device, an open order, the submission.
  await journal.step(t.firstStep).check();
  const balance = journal.section(t.balanceSection);
  await journal.fillAndLeave(journal.field(t.balance, balance), '35.5');
  await journal.field(t.outcome, balance).selectOption('refund_requested');
  await journal.section(t.devicesSection).getByRole('button', { name: t.addDevice }).click();
  await journal.fillAndLeave(journal.field(t.deviceName), '小米手机');
  await journal.section(t.ordersSection).getByRole('button', { name: t.addOrder }).click();
  await journal.fillAndLeave(journal.field(t.orderReference), '2026-10-001');
  await journal.fillAndLeave(journal.field(t.submittedOn), '2026-11-06');
  await journal.fillAndLeave(journal.field(t.referenceNumber), '20261106001');
  await journal.fillAndLeave(journal.field(t.notes), '客服说退款需要五个工作日');
  await journal.statusField.selectOption('submitted');
  const statusDialog = page.getByRole('dialog');
  await expect(journal.field(t.happenedOn, statusDialog)).toBeVisible();
  await look('status-change');
  await statusDialog.getByRole('button', { name: t.changeStatus, exact: true }).click();
  await journal.waitForSaves();
  await expect(page.getByRole('alert')).toContainText('仍有 1 台设备未解除绑定');
  // Whatever the editor folds away, unfold it: every section is read.
  await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
  await look('case-editor');
  await journal.editor.getByRole('button', { name: '选择日期' }).first().click();
  await expect(page.getByRole('dialog', { name: '日历' })).toBeVisible();
  await look('calendar');
  await page.keyboard.press('Escape');

  // The device unbound and the order paid: the counts say so in words, not as "0".
  await journal.field(t.unbound).check();
  await journal.field(t.orderStatus).selectOption('paid');
  await journal.waitForSaves();
  await expect(journal.section(t.devicesSection)).toContainText('所有设备均已解除绑定');
  await expect(journal.section(t.ordersSection)).toContainText('所有订单均已结清');
  await look('case-editor-settled');

  await journal.editor.getByRole('button', { name: '导出 PDF' }).click();
  const preview = page.getByRole('dialog', { name: '报告预览' });
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('中国移动副卡注销');
  await look('case-report');
  await preview.getByRole('button', { name: '关闭' }).click();

  await journal.createCase({ title: '健身房年卡', provider: '乐刻运动' });
  await page.locator('.list-pane').getByRole('button', { name: '导出 PDF' }).click();
  await expect(preview.locator('.report-case')).toHaveCount(2);
  await look('journal-report');
  await preview.getByRole('button', { name: '关闭' }).click();

  // An import that brings one new case and one already here.
  const exported = await downloadOf(
    page,
    () => page.locator('.list-pane').getByRole('button', { name: '导出 JSON' }).click(),
    testInfo.outputPath('日志.json'),
  );
  const file = JSON.parse(exported.text);
  file.cases = [file.cases[0], { ...file.cases[1], id: crypto.randomUUID(), title: '旧宽带账户' }];
  await chooseFile(page, () => page.getByRole('button', { name: '导入 JSON' }).click(), writeJson(testInfo.outputPath('导入.json'), file));
  const dialog = page.getByRole('dialog', { name: '导入 JSON' });
  await expect(dialog).toContainText('1 个新事项');
  await look('import-preview');
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(dialog).toContainText('导入完成');
  await look('import-done');
  await dialog.getByRole('button', { name: '关闭' }).click();

  await journal.openCase('健身房年卡');
  await page.getByRole('button', { name: t.deleteCase, exact: true }).click();
  await page.getByRole('button', { name: t.trash }).click();
  await journal.row('健身房年卡').click();
  await expect(page.getByRole('heading', { name: '健身房年卡' })).toBeVisible();
  await look('trash');
  await page.getByRole('button', { name: t.emptyTrash, exact: true }).click();
  await expect(page.getByRole('dialog', { name: /永久删除/ })).toBeVisible();
  await look('empty-trash-question');

  expect(await strayLatinWords(page, texts)).toEqual([]);
});
