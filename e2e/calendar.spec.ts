import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import en from '../src/renderer/src/i18n/locales/en.json';
import zhCN from '../src/renderer/src/i18n/locales/zh-CN.json';
import { downloadOf } from './journalFiles';
import { JournalPage } from './journalPage';

const locales = { en, 'zh-CN': zhCN };

/** The events of an iCalendar file, as a calendar application would read them (ical.js). */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const triggers = vevent.getAllSubcomponents('valarm').map((alarm) => alarm.getFirstPropertyValue('trigger'));
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      on: event.startDate.toString(),
      allDay: event.startDate.isDate,
      /** Each alarm, as seconds from the day's start (negative: before it). */
      alarms: triggers.map((trigger) => (trigger instanceof ICAL.Duration ? trigger.toSeconds() : null)),
    };
  });
}

for (const language of ['en', 'zh-CN'] as const) {
  test.describe(language, () => {
    test.use({ locale: language, colorScheme: language === 'zh-CN' ? 'dark' : 'light' });

    test.beforeEach(async ({ page }) => {
      // Thursday 26 November 2026; only the date is fixed, timers run.
      await page.clock.setFixedTime(new Date(2026, 10, 26, 10, 0));
    });

    test(`calendar (${language}): "Add to calendar" saves the case's deadlines as all-day events with alarms; "Export all deadlines" has every case's, with the same UIDs`, async ({ page }, testInfo) => {
      const l = locales[language];
      const journal = new JournalPage(page, language);
      await journal.open();
      const title = language === 'en' ? 'Axis, eSIM; data' : 'Axis 流量包, 第二号';
      await journal.createCase({ title, provider: 'PT XL Axiata' });
      const add = page.getByRole('button', { name: l.calendar.add, exact: true });
      // Nothing to put in a calendar yet: the button says why instead of saving an empty file.
      await expect(add).toBeDisabled();

      // A renewal on 2 January with 2 days' notice: cancel by 31 December, across the year end.
      const renewsOn = journal.field(l.field.renewsOn, journal.editor);
      await journal.typeOver(renewsOn, '2027-01-02');
      await renewsOn.press('Tab');
      const notice = journal.field(l.field.noticePeriod, journal.editor);
      await journal.typeOver(notice, '2');
      await notice.press('Tab');
      const followUp = journal.field(l.field.followUpOn, journal.editor);
      await journal.typeOver(followUp, '2027-01-01');
      await followUp.press('Tab');
      // Asking for a refund sets it due 14 days later.
      await journal.field(l.field.balanceOutcome, journal.editor).selectOption('refund_requested');
      await expect(journal.field(l.field.refundDueOn, journal.editor)).toHaveValue('2026-12-10');
      await journal.waitForSaves();

      await expect(add).toBeEnabled();
      await page.locator('.editor-actions').screenshot({ path: `test-results/calendar-add-${language}.png` });
      const single = await downloadOf(page, () => add.click(), testInfo.outputPath('case.ics'));
      expect(single.name).toMatch(/ 2026-11-26\.ics$/);
      const events = eventsOf(single.text);
      const title$ = (kind: keyof typeof l.calendar.title) => l.calendar.title[kind].replace('{{case}}', title);
      // An alarm on each of the reminder lead days (7 and 1 until changed in Settings) at 09:00.
      const defaultAlarms = [-(7 * 24 - 9) * 3600, -15 * 3600];
      expect(events.map(({ summary, on, allDay, alarms }) => [summary, on, allDay, alarms])).toEqual([
        [title$('cancelBy'), '2026-12-31', true, defaultAlarms],
        [title$('followUp'), '2027-01-01', true, defaultAlarms],
        [title$('refundDue'), '2026-12-10', true, defaultAlarms],
      ]);
      expect(events[0]!.description).toBe(`${l.calendar.provider.replace('{{provider}}', 'PT XL Axiata')}\n${l.calendar.todo.cancelBy}`);
      expect(single.text).toContain('DTSTART;VALUE=DATE:20261231');

      // The same case again: the same UIDs, so a calendar updates its events instead of doubling them.
      const again = eventsOf((await downloadOf(page, () => add.click(), testInfo.outputPath('again.ics'))).text);
      expect(again.map((event) => event.uid)).toEqual(events.map((event) => event.uid));

      await journal.createCase({ title: 'StreamCo', provider: 'StreamCo' });
      const trialEnds = journal.field(l.field.trialEndsOn, journal.editor);
      await journal.typeOver(trialEnds, '2026-12-05');
      await trialEnds.press('Tab');
      await journal.waitForSaves();

      const exportAll = page.getByRole('button', { name: l.calendar.exportAll, exact: true });
      await page.screenshot({ path: `test-results/calendar-page-${language}.png` });
      await page.locator('.list-actions').screenshot({ path: `test-results/calendar-export-all-${language}.png` });
      const all = await downloadOf(page, () => exportAll.click(), testInfo.outputPath('all.ics'));
      expect(all.name).toBe(`${l.calendar.fileName}-2026-11-26.ics`);
      const everything = eventsOf(all.text);
      // Soonest first; the first case's events keep their UIDs.
      expect(everything.map((event) => [event.summary, event.on])).toEqual([
        [l.calendar.title.cancelBy.replace('{{case}}', 'StreamCo'), '2026-12-05'],
        [title$('refundDue'), '2026-12-10'],
        [title$('cancelBy'), '2026-12-31'],
        [title$('followUp'), '2027-01-01'],
      ]);
      expect(everything.filter((event) => event.summary !== l.calendar.title.cancelBy.replace('{{case}}', 'StreamCo')).map((event) => event.uid).sort()).toEqual(
        events.map((event) => event.uid).sort(),
      );
      await expect(page.getByText(l.calendar.saved_other.replace('{{count, number}}', '4').replace('{{path}}', all.name))).toBeVisible();
    });

    test(`calendar (${language}): the alarms follow the reminder days and time set in Settings`, async ({ page }, testInfo) => {
      const l = locales[language];
      const journal = new JournalPage(page, language);
      await journal.open();
      await page.getByRole('button', { name: l.action.settings, exact: true }).click();
      const leadDays = page.getByRole('textbox', { name: l.settings.reminderLeadDays, exact: true });
      await expect(leadDays).toHaveValue('7, 1');
      const remindAt = page.getByLabel(l.settings.reminderTime, { exact: true });
      await expect(remindAt).toHaveValue('09:00');
      await leadDays.fill('');
      await leadDays.pressSequentially('3, 14');
      await leadDays.press('Tab');
      await expect(leadDays).toHaveValue('14, 3');
      // A native time control: its segments take the value whole.
      await remindAt.fill('18:30');
      await remindAt.press('Tab');
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.locator('.settings-section').filter({ has: leadDays }).screenshot({ path: `test-results/settings-reminders-${language}-dark.png` });

      // Kept across a restart.
      await journal.reload();
      await page.getByRole('button', { name: l.action.settings, exact: true }).click();
      await expect(page.getByLabel(l.settings.reminderTime, { exact: true })).toHaveValue('18:30');
      await expect(page.getByRole('textbox', { name: l.settings.reminderLeadDays, exact: true })).toHaveValue('14, 3');

      await journal.createCase({ title: 'Gym', provider: 'FitCo' });
      const followUp = journal.field(l.field.followUpOn, journal.editor);
      await journal.typeOver(followUp, '2026-12-31');
      await followUp.press('Tab');
      await journal.waitForSaves();
      const all = await downloadOf(page, () => page.getByRole('button', { name: l.calendar.exportAll, exact: true }).click(), testInfo.outputPath('all.ics'));
      // 14 and 3 days before the day, at 18:30.
      expect(eventsOf(all.text).map((event) => [event.on, event.alarms])).toEqual([['2026-12-31', [-(14 * 24 - 18.5) * 3600, -(3 * 24 - 18.5) * 3600]]]);
    });
  });
}
