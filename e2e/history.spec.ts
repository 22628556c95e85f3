import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { JournalPage, type Language } from './journalPage';
import { downloadOf, printReport } from './journalFiles';

/** What a person logs after a call with the provider, in each language. */
const call = {
  en: { who: 'Rina from billing', said: 'The refund of the remaining credit was approved; it arrives within five business days.', reference: 'CS-4471', search: 'five business', day: 'Nov 20, 2026' },
  'zh-CN': { who: '客服小王', said: '剩余余额的退款已批准，五个工作日内到账。', reference: 'CS-4471', search: '工作日内到账', day: '2026年11月20日' },
} as const;

for (const language of ['en', 'zh-CN'] as const satisfies readonly Language[]) {
  test.describe(`history and contacts (${language})`, () => {
    test.use({ locale: language, timezoneId: 'Asia/Jakarta' });

    test('log a contact, see every action in the timeline, find the case by what was said, print it all', async ({ page }, testInfo) => {
      const journal = new JournalPage(page, language);
      const t = journal.t;
      const said = call[language];
      await journal.open();
      await journal.createCase({ title: 'Axis eSIM', provider: 'Axis' });
      await journal.step(t.firstStep).check();
      await journal.changeStatus('submitted', '2026-11-02');
      await journal.fillAndLeave(journal.field(t.referenceNumber), 'REQ-55120');
      await journal.waitForSaves();

      // Log a contact: typed key by key, as people do.
      const history = journal.section(t.history);
      await expect(page.getByRole('heading', { name: t.history, exact: true })).toBeVisible();
      await history.getByRole('button', { name: t.addContact, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: t.addContact });
      await journal.field(t.contactAt, dialog).fill('2026-11-20T14:30');
      await journal.field(t.contactChannel, dialog).selectOption({ label: t.channels.phone });
      await journal.field(t.contactWho, dialog).pressSequentially(said.who);
      await journal.field(t.contactSaid, dialog).pressSequentially(said.said);
      await journal.field(t.contactReference, dialog).pressSequentially(said.reference);
      await dialog.getByRole('button', { name: t.saveContact, exact: true }).click();
      await expect(dialog).toBeHidden();

      // Every action is in the history, newest first by the day it happened: today's two, the call
      // of the 20th, the request submitted on the 2nd, and the status the case was opened in.
      const entries = history.locator('li.history-entry');
      await expect(entries).toHaveCount(5);
      await expect(entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')))).resolves.toEqual([
        'field',
        'step',
        'contact',
        'status',
        'status',
      ]);
      const contact = history.locator('li[data-kind="contact"]');
      await expect(contact).toContainText(said.said);
      await expect(contact).toContainText(t.referenceGiven(said.reference));
      await expect(contact.locator('.timeline-event')).toContainText(said.day);
      await expect(contact.locator('.timeline-event')).toContainText('UTC+07:00');
      await expect(history).toContainText(t.fieldChange(t.referenceNumber, t.none, 'REQ-55120'));
      await expect(history).toContainText(t.stepDone(t.firstStep));
      await expect(history.locator('li[data-kind="status"]')).toHaveCount(2);

      // Filtered by kind, and by text.
      await journal.field(t.historyShow, history).selectOption({ label: t.historyKinds.contact });
      await expect(entries).toHaveCount(1);
      await journal.field(t.historyShow, history).selectOption({ label: t.historyKinds.field });
      await expect(entries).toHaveCount(1);
      await expect(entries).toContainText('REQ-55120');
      await journal.field(t.historyShow, history).selectOption({ index: 0 });
      await journal.field(t.historySearch, history).pressSequentially(said.search);
      await expect(entries).toHaveCount(1);
      await expect(entries).toContainText(said.said);
      await journal.field(t.historySearch, history).fill('');
      await expect(entries).toHaveCount(5);

      // A correction is a new entry beside the contact, which stays as it was.
      await contact.getByRole('button', { name: t.correctContact }).click();
      const correcting = page.getByRole('dialog');
      await expect(journal.field(t.contactSaid, correcting)).toHaveValue(said.said);
      await journal.typeOver(journal.field(t.contactReference, correcting), 'CS-4417');
      await correcting.getByRole('button', { name: t.saveContact, exact: true }).click();
      await expect(correcting).toBeHidden();
      await expect(entries).toHaveCount(6);
      await expect(history.locator('li.history-corrected')).toContainText(t.referenceGiven('CS-4471'));
      await expect(history.locator('li.history-corrected')).toContainText(t.corrected);
      await expect(history.locator('li', { has: page.locator('.history-correction', { hasText: t.correction }) })).toContainText(t.referenceGiven('CS-4417'));

      // A status's day corrected: a correction entry beside the change, which is kept as it was.
      await history.getByRole('button', { name: t.changeDateOf(t.submittedStatus) }).click();
      await journal.typeOver(journal.field(t.happenedOn, history), '2026-11-01');
      await journal.field(t.happenedOn, history).press('Tab');
      await expect(entries).toHaveCount(7);
      const statusCorrection = history.locator('li[data-kind="status"]', { has: page.locator('.history-correction') });
      await expect(statusCorrection).toContainText(t.submittedStatus);
      await expect(history.locator('li[data-kind="status"].history-corrected')).toContainText(t.submittedStatus);

      // The list finds the case by something said in the call.
      await journal.search(said.search);
      await journal.expectListed(['Axis eSIM']);
      await journal.search('');

      // Exported: the file carries the timeline, and the history says the case left in a file.
      const file = await downloadOf(page, () => journal.editor.getByRole('button', { name: t.exportJson, exact: true }).click(), testInfo.outputPath('case.json'));
      const exported = JSON.parse(file.text) as { version: number; cases: { timeline: { kind: string; said?: string }[] }[] };
      expect(exported.version).toBe(5);
      expect(exported.cases[0]!.timeline.map((entry) => entry.kind)).toEqual(['status', 'step', 'status', 'field', 'contact', 'contact', 'status']);
      expect(exported.cases[0]!.timeline.filter((entry) => entry.said === said.said)).toHaveLength(2);
      await expect(history.locator('li[data-kind="exported"]')).toHaveText(new RegExp(t.exported));

      // The report's History tells all of it, with times in this zone and its offset from UTC.
      await journal.editor.getByRole('button', { name: t.exportPdf, exact: true }).click();
      const preview = page.getByRole('dialog', { name: t.reportPreview });
      await expect(preview.getByRole('heading', { name: t.history })).toBeVisible();
      const footer = (await preview.locator('.report-generated').textContent()) ?? '';
      const text = (await printReport(page, testInfo.outputPath('history.pdf'), footer, 'A4', language)).replace(/\s+/g, ' ');
      for (const expected of [t.history, said.said.slice(0, 20), t.referenceGiven('CS-4417'), 'REQ-55120', 'UTC+07:00', t.exported]) {
        expect(text, expected).toContain(expected);
      }
      expect(readFileSync(testInfo.outputPath('history.pdf')).length).toBeGreaterThan(0);

      // Printed from the app (the browser's print dialog here, the main process's printer on the
      // desktop): the history says so.
      await preview.getByRole('button', { name: t.savePdf, exact: true }).click();
      await preview.getByRole('button', { name: t.close, exact: true }).click();
      await expect(history.locator('li[data-kind="printed"]')).toHaveText(new RegExp(t.printed));
    });
  });
}
