import { IpcChannel } from '@shared/ipc/channels';
import { desktopBridge } from './platform/desktopBridge';
import { journalDatabase } from './db/journalDatabase';
import { settingsRepository } from './db/settingsRepository';
import { primeFirstScreen } from './features/caseList/firstScreen';
import './styles.css';

// The entry point holds no interface code: it asks the database for the settings and the first
// screen of the list, then loads React and the rest, whose evaluation and first render overlap
// the reads. The interface waits only for the settings (its language); the list takes its rows
// when they come.
performance.mark('journal:script');
const db = journalDatabase();
const settingsRead = Promise.all([
  desktopBridge.invoke(IpcChannel.getAppInfo, undefined),
  settingsRepository(db).languagePreference(),
]);
primeFirstScreen(db);

import('./startJournal')
  .then(async ({ startJournal }) => {
    const [appInfo, preference] = await settingsRead;
    await startJournal(db, appInfo, preference);
  })
  .catch((error: unknown) => {
    // Shown even if React never mounts, so a broken profile is visible rather than a blank window.
    const message = document.createElement('pre');
    message.setAttribute('role', 'alert');
    message.textContent = `Cancellation Journal could not start: ${error instanceof Error ? error.message : String(error)}`;
    document.body.append(message);
  });
