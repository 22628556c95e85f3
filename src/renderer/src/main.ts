import { IpcChannel } from '@shared/ipc/channels';
import { desktopBridge } from './platform/desktopBridge';
import { journalDatabase } from './db/journalDatabase';
import { settingsRepository } from './db/settingsRepository';
import { primeFirstScreen } from './features/caseList/firstScreen';
import './styles.css';

// The entry point holds no interface code: it asks the database for the settings and the first
// screen of the list, then loads React and the rest, whose evaluation overlaps the reads. The
// interface renders once both have come, frame and rows in one pass; a first screen slower than
// `firstScreenWait` (a cold disk) is not waited for: the list then draws its rows when they come.
const db = journalDatabase();
const settingsRead = Promise.all([
  desktopBridge.invoke(IpcChannel.getAppInfo, undefined),
  settingsRepository(db).languagePreference(),
]);
const firstScreenRead = primeFirstScreen(db);
const firstScreenWait = 250;

import('./startJournal')
  .then(async ({ startJournal }) => {
    const [[appInfo, preference]] = await Promise.all([
      settingsRead,
      Promise.race([firstScreenRead, new Promise((resolve) => setTimeout(resolve, firstScreenWait))]),
    ]);
    await startJournal(db, appInfo, preference);
  })
  .catch((error: unknown) => {
    // Shown even if React never mounts, so a broken profile is visible rather than a blank window.
    const message = document.createElement('pre');
    message.setAttribute('role', 'alert');
    message.textContent = `Cancellation Journal could not start: ${error instanceof Error ? error.message : String(error)}`;
    document.body.append(message);
  });
