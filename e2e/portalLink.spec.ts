import { expect, test } from '@playwright/test';
import { JournalPage } from './journalPage';

// The portal link is the one way out of the app. In the browser the adapter hands it to a new tab;
// the desktop app's refusals (local addresses, no click) are in e2e/electron/desktop.spec.ts, which
// uses these same steps.
test('Open portal hands the case’s portal address on, as the normalised address', async ({ page, context }) => {
  // Nothing leaves this machine: the new tab's request is answered here, never sent.
  await context.route('**/*', (route) =>
    route.request().url().startsWith('http://127.0.0.1') ? route.continue() : route.fulfill({ contentType: 'text/html', body: '<title>portal</title>' }),
  );
  const journal = new JournalPage(page);
  await journal.open();
  await journal.createCase({ title: 'Streaming plan', provider: 'Example TV' });
  await journal.fillAndLeave(journal.field('Portal address', journal.editor), 'https://Portal.Example/account');
  await journal.waitForSaves();
  const popup = context.waitForEvent('page');
  await journal.editor.getByRole('button', { name: 'Open portal', exact: true }).click();
  expect((await popup).url()).toBe('https://portal.example/account');
});
