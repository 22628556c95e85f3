import { expect, test } from '@playwright/test';
import { JournalPage, copy } from './journalPage';

test('the language follows the system and can be switched in Settings, and the choice is kept', async ({ page }) => {
  const journal = new JournalPage(page, 'en');
  await journal.open();
  await expect(page.getByRole('button', { name: 'New case', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  const language = page.getByLabel('Language', { exact: true });
  await expect(language).toHaveValue('system');
  await language.selectOption('zh-CN');
  await expect(page.getByRole('button', { name: '新建事项', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await journal.reload();
  await expect(page.getByRole('button', { name: '新建事项', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByLabel('语言', { exact: true }).selectOption('en');
  await expect(page.getByRole('button', { name: 'New case', exact: true })).toBeVisible();
});

test.describe('a Chinese system', () => {
  test.use({ locale: 'zh-CN' });
  test('gets the Chinese UI and Chinese dates without being asked', async ({ page }) => {
    const journal = new JournalPage(page, 'zh-CN');
    await journal.open();
    await expect(page.getByRole('button', { name: '新建事项', exact: true })).toBeVisible();
    await journal.createCase({ title: '流量卡' });
    await expect(page.locator('.timeline time').first()).toContainText('年');
  });
});

test('keyboard: shortcuts, typed dates and currencies, and the calendar', async ({ page }) => {
  const journal = new JournalPage(page, 'en');
  const t = copy.en;
  await journal.open();

  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'New case' })).toBeVisible();
  await expect(journal.field(t.title, page.locator('form.new-case'))).toBeFocused();
  await page.keyboard.type('Spotify');
  await page.keyboard.press('Enter');
  await expect(journal.field(t.title, journal.editor)).toHaveValue('Spotify');

  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: t.search })).toBeFocused();
  await page.keyboard.type('spot');
  await journal.expectListed(['Spotify']);
  await page.keyboard.press('Escape');

  // Typed currency code, typed date.
  const balance = journal.section(t.balanceSection);
  await journal.fillAndLeave(journal.field(t.currency, balance), 'IDR');
  await journal.fillAndLeave(journal.field(t.submittedOn), '2026-11-02');
  await expect(page.getByTestId('expected-decision')).toContainText('Nov 9, 2026');

  // The calendar picks a date too, and Escape closes it.
  const confirmed = journal.field(t.confirmedOn);
  const pickerButton = confirmed.locator('xpath=following-sibling::button');
  await journal.fillAndLeave(confirmed, '2026-11-20');
  await pickerButton.click();
  const calendar = page.getByRole('dialog', { name: 'Calendar' });
  await expect(calendar).toBeVisible();
  await calendar.getByRole('button', { name: /November 24th, 2026/ }).click();
  await expect(calendar).toBeHidden();
  await expect(confirmed).toHaveValue('2026-11-24');
  await pickerButton.click();
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();

  // Arrow keys move through the case list.
  await journal.createCase({ title: 'Second' });
  await journal.row('Second').focus();
  await page.keyboard.press('ArrowDown');
  await expect(journal.field(t.title, journal.editor)).toHaveValue('Spotify');
});

test('every control has an accessible name', async ({ page }) => {
  const journal = new JournalPage(page, 'en');
  await journal.open();
  await journal.createCase({ title: 'Names' });
  const devices = journal.section(copy.en.devicesSection);
  await devices.getByRole('button', { name: 'Add device' }).click();
  await journal.section(copy.en.ordersSection).getByRole('button', { name: 'Add order' }).click();
  const unnamed = await page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('input, select, textarea, button')];
    return controls
      .filter((control) => {
        const labelled = control.getAttribute('aria-label') || control.getAttribute('aria-labelledby');
        const byLabel = 'labels' in control && (control as HTMLInputElement).labels?.length;
        const text = control.tagName === 'BUTTON' && control.textContent?.trim();
        return !labelled && !byLabel && !text && control.getAttribute('type') !== 'hidden';
      })
      .map((control) => control.outerHTML.slice(0, 120));
  });
  expect(unnamed).toEqual([]);
  for (const name of ['New case', 'Delete case', 'Add device', 'Add order']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1);
  }
  for (const label of ['Title', 'Provider', 'Account', 'Category', 'Balance', 'Currency', 'Submitted on', 'Reference number', 'Expected review (business days)', 'Confirmed on', 'Confirmation number']) {
    await expect(page.getByLabel(label, { exact: true }).first()).toBeVisible();
  }
});

test('the page runs under a strict Content Security Policy', async ({ page }) => {
  const journal = new JournalPage(page, 'en');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()) && !/frame-ancestors/.test(message.text())) violations.push(message.text());
  });
  await journal.open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  await journal.createCase({ title: 'CSP check' });
  expect(violations).toEqual([]);
});
