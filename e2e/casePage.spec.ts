import { expect, test } from '@playwright/test';
import { JournalPage, copy, type Language } from './journalPage';

/** The case page as a tracker: summary strip, collapsible sections, help on demand, and getting around. */
for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  const t = copy[language];
  const date = (en: string, zh: string) => (language === 'en' ? en : zh);

  test.describe(`the case page in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-US' : 'zh-CN' });

    test('the summary strip shows status, dates, progress, the next step and what is open; the decision date only while awaited', async ({
      page,
    }) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Netflix', provider: 'Netflix' });

      // A draft: nothing submitted, no decision to wait for.
      await expect(journal.statusField).toHaveValue('draft');
      await expect(journal.summaryFact(t.submittedFact)).toHaveText(t.notYet);
      await expect(journal.summaryFact(t.decisionDueFact)).toHaveCount(0);
      await expect(journal.summaryFact(t.confirmedFact)).toHaveCount(0);
      await expect(journal.summaryFact(t.checklistFact)).toHaveText('0/11');
      await expect(journal.summaryFact(t.nextFact)).toHaveText(t.firstStep);
      await expect(journal.summaryFact(t.openFact)).toHaveText(t.balanceNotSettled);

      // Progress and the next step follow the checklist.
      await journal.step(t.firstStep).check();
      await expect(journal.summaryFact(t.checklistFact)).toHaveText('1/11');
      await expect(journal.summaryFact(t.nextFact)).toHaveText(t.secondStep);
      // The next step leads to its checkbox, opening the checklist if it was collapsed.
      await journal.sectionToggle(t.checklistSection).click();
      await expect(journal.step(t.secondStep)).toBeHidden();
      await journal.summaryFact(t.nextFact).getByRole('button', { name: t.secondStep }).click();
      await expect(journal.step(t.secondStep)).toBeFocused();

      // Submitted (a Friday) with three business days of review: the decision is due the next Wednesday.
      const submittedOn = journal.field(t.submittedOn);
      await submittedOn.pressSequentially('2026-11-06');
      await submittedOn.press('Tab');
      const review = journal.field(t.review);
      await review.fill('');
      await review.pressSequentially('3');
      await review.press('Tab');
      await expect(journal.summaryFact(t.decisionDueFact)).toHaveCount(0); // still a draft
      await journal.changeStatus('submitted');
      await expect(journal.summaryFact(t.submittedFact)).toHaveText(date('Nov 6, 2026', '2026年11月6日'));
      // The browser's region is the case's country: in the United States 11 November (Veterans Day) is a
      // public holiday and the third business day is the 12th; China has none that week.
      await expect(journal.summaryFact(t.decisionDueFact)).toHaveText(date('Nov 12, 2026', '2026年11月11日'));

      // Confirmed: the decision has come, so no due date; the confirmation date shows instead.
      const confirmedOn = journal.field(t.confirmedOn);
      await confirmedOn.pressSequentially('2026-11-10');
      await confirmedOn.press('Tab');
      await journal.changeStatus('confirmed');
      await expect(journal.summaryFact(t.decisionDueFact)).toHaveCount(0);
      await expect(journal.summaryFact(t.confirmedFact)).toHaveText(date('Nov 10, 2026', '2026年11月10日'));
      await journal.reload();
      await expect(journal.summaryFact(t.confirmedFact)).toHaveText(date('Nov 10, 2026', '2026年11月10日'));
      await expect(journal.summaryFact(t.decisionDueFact)).toHaveCount(0);
    });

    test('a collapsed section stays collapsed, for every case and after a restart, and opens from the keyboard', async ({ page }) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Gym' });
      const toggle = journal.sectionToggle(t.devicesSection);
      const addDevice = journal.section(t.devicesSection).getByRole('button', { name: t.addDevice, exact: true });
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(addDevice).toBeVisible();
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(addDevice).toBeHidden();
      // The button controls the section's body, which is hidden with it.
      const body = await journal.controlledBy(toggle);
      await expect(body).toBeHidden();
      await expect(journal.section(t.balanceSection).getByLabel(t.balance, { exact: true })).toBeVisible();

      await journal.createCase({ title: 'Spotify' });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await journal.reload();
      await journal.openCase('Gym');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(addDevice).toBeHidden();

      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(addDevice).toBeVisible();
      await journal.reload();
      await journal.openCase('Gym');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(addDevice).toBeVisible();
    });

    test('help shows on demand, and a finished step folds to one line', async ({ page }) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Help' });
      const row = journal.stepRow(t.firstStep);
      const helpButton = row.getByRole('button', { name: t.help, exact: true });
      const help = await journal.controlledBy(helpButton);
      await expect(help).toBeHidden();
      await expect(helpButton).toHaveAttribute('aria-expanded', 'false');
      await expect(helpButton).toHaveAccessibleDescription(t.firstStep);
      await helpButton.click();
      await expect(help).toBeVisible();
      await expect(help).toContainText(language === 'en' ? 'Check what is left on the plan' : '余额');
      await expect(helpButton).toHaveAttribute('aria-expanded', 'true');
      await helpButton.click();
      await expect(help).toBeHidden();

      // A section's help too.
      const balanceHelp = journal.section(t.balanceSection).getByRole('button', { name: t.help, exact: true });
      await expect(balanceHelp).toHaveAccessibleDescription(t.balanceSection);
      const balanceText = await journal.controlledBy(balanceHelp);
      await expect(balanceText).toBeHidden();
      const anyVisibleBalanceHelp = journal.section(t.balanceSection).getByText(language === 'en' ? 'Credit is usually not refunded' : '余额通常不会自动退还').filter({ visible: true });
      await expect(anyVisibleBalanceHelp).toHaveCount(0);
      await balanceHelp.click();
      await expect(balanceText).toBeVisible();
      await expect(balanceText).toContainText(language === 'en' ? 'Credit is usually not refunded automatically' : '余额通常不会自动退还');
      await expect(anyVisibleBalanceHelp).toHaveCount(1);

      // Done: one line with its date, which opens the date and note on demand.
      await journal.step(t.firstStep).check();
      const completedOn = journal.field(t.completedOn, row);
      const outcome = row.locator('.step-meta');
      await expect(outcome).toHaveText(language === 'en' ? /^Done \w{3} \d+, \d{4}$/ : /^\d{4}年\d+月\d+日 完成$/);
      await expect(completedOn).toBeHidden();
      await expect(row.getByRole('button', { name: t.help, exact: true })).toHaveCount(0);
      await expect(outcome).toHaveAttribute('aria-expanded', 'false');
      await outcome.click();
      await expect(outcome).toHaveAttribute('aria-expanded', 'true');
      await completedOn.fill('');
      await completedOn.pressSequentially('2026-11-03');
      await completedOn.press('Tab');
      await outcome.click();
      await expect(completedOn).toBeHidden();
      await expect(outcome).toHaveText(date('Done Nov 3, 2026', '2026年11月3日 完成'));

      // Skipped: one line that says so.
      const second = journal.stepRow(t.secondStep);
      await second.getByRole('button', { name: t.skip, exact: true }).click();
      await expect(second.locator('.step-meta')).toHaveText(t.skipped);
    });

    test('Delete moves the case to the Trash with an Undo that brings it back', async ({ page }) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Old gym' });
      await journal.createCase({ title: 'Spare SIM' });
      await page.getByRole('button', { name: t.deleteCase, exact: true }).click();
      const notice = page.locator('.notice-card', { hasText: t.movedToTrash('Spare SIM') });
      await expect(notice).toBeVisible();
      await journal.expectListed(['Old gym']);
      await expect(journal.editor).toHaveCount(0);

      await notice.getByRole('button', { name: t.undo, exact: true }).click();
      await expect(notice).toBeHidden();
      await journal.expectListed(['Spare SIM', 'Old gym']);
      await expect(journal.field(t.title, journal.editor)).toHaveValue('Spare SIM');
      await expect(page.getByRole('button', { name: t.trash })).toHaveText(t.trashCount(0));
      await journal.reload();
      await journal.expectListed(['Spare SIM', 'Old gym']);
    });

    test('Escape closes New case without creating anything', async ({ page }) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'Kept' });
      await page.getByRole('button', { name: t.newCase, exact: true }).click();
      const form = page.locator('form.new-case');
      await expect(form).toBeVisible();
      await journal.field(t.title, form).pressSequentially('Never mind');
      await page.keyboard.press('Escape');
      await expect(form).toHaveCount(0);
      await journal.expectListed(['Kept']);

      // From the page itself too (nothing focused), as after a click on empty space.
      await page.keyboard.press('Control+n');
      await expect(form).toBeVisible();
      await page.locator('.detail-pane').click({ position: { x: 5, y: 5 } });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Escape');
      await expect(form).toHaveCount(0);
    });

    test('Home and End move to the first and last case of the list', async ({ page }) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      for (const title of ['Alpha', 'Bravo', 'Charlie', 'Delta']) await journal.createCase({ title });
      await journal.expectListed(['Delta', 'Charlie', 'Bravo', 'Alpha']);
      await journal.row('Charlie').click();
      await journal.row('Charlie').focus();
      await page.keyboard.press('End');
      await expect(journal.field(t.title, journal.editor)).toHaveValue('Alpha');
      await expect(journal.row('Alpha')).toHaveAttribute('aria-selected', 'true');
      await expect(journal.row('Alpha')).toBeFocused();
      await page.keyboard.press('Home');
      await expect(journal.field(t.title, journal.editor)).toHaveValue('Delta');
      await expect(journal.row('Delta')).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(journal.field(t.title, journal.editor)).toHaveValue('Charlie');
    });

    test('after a restart the last open case is open again, unless it went to the Trash', async ({ page }) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      await journal.createCase({ title: 'First' });
      await journal.createCase({ title: 'Second' });
      await journal.openCase('First');
      await journal.reload();
      await expect(journal.field(t.title, journal.editor)).toHaveValue('First');
      await expect(journal.row('First')).toHaveAttribute('aria-selected', 'true');

      await page.getByRole('button', { name: t.deleteCase, exact: true }).click();
      await journal.expectListed(['Second']);
      await journal.reload();
      await expect(page.getByText(t.pickOrCreate)).toBeVisible();
      await expect(journal.editor).toHaveCount(0);
    });

    test('an empty journal explains itself and starts the example case', async ({ page }) => {
      const journal = new JournalPage(page, language);
      await journal.open();
      const startExample = page.getByRole('button', { name: t.startExample, exact: true });
      await expect(startExample).toBeVisible();
      // "Start my own case" is New case.
      await page.getByRole('button', { name: t.startOwn, exact: true }).click();
      await expect(page.locator('form.new-case')).toBeVisible();
      await page.keyboard.press('Escape');

      await startExample.click();
      await expect(journal.field(t.title, journal.editor)).toHaveValue(t.exampleTitle);
      await journal.expectListed([t.exampleTitle]);
      await expect(journal.field(t.provider)).toHaveValue('Axis');
      await expect(journal.statusField).toHaveValue('draft');
      await expect(journal.step(t.firstStep)).toBeVisible();
      await expect(journal.summaryFact(t.checklistFact)).toHaveText('0/11');
      await expect(journal.summaryFact(t.openFact).getByRole('listitem')).toHaveText([t.balanceNotSettled, t.devicesStillBound(1)]);
      await expect(startExample).toHaveCount(0);
      await journal.reload();
      await expect(startExample).toHaveCount(0);
      await expect(journal.field(t.title, journal.editor)).toHaveValue(t.exampleTitle);
    });
  });
}
