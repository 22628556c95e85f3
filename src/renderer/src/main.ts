import { IpcChannel } from '@shared/ipc/channels';
import { desktopBridge } from '@platform';
import { journalDatabase } from './db/journalDatabase';
import { attachmentFilesThrough } from './db/attachmentFiles';
import { isMadeByNewerApp } from './db/journalVersion';
import { settingsRepository } from './db/settingsRepository';
import { CaseListStore } from './features/caseList/store/caseListStore';
import './styles.css';

// The entry point holds no interface code: it asks the database for the settings and the first
// screen of the list, then loads React and the rest, whose evaluation overlaps the reads. The
// interface renders once both have come, frame and rows in one pass; a first screen slower than
// `firstScreenWait` (a cold disk) is not waited for: the list then draws its rows when they come.
const db = journalDatabase(attachmentFilesThrough(desktopBridge));
// The case list's one store: it hears every write to this database from now on.
const list = new CaseListStore(db);
const appInfoRead = desktopBridge.invoke(IpcChannel.getAppInfo, undefined);
// Dexie would open (and could change) a journal made by a newer version of the app, so before
// anything opens it the browser's list of databases is asked for its stored version: one request
// that opens nothing, answered while the interface's code loads.
const journalRead = isMadeByNewerApp(db).then((newer) =>
  newer
    ? null
    : {
        preference: settingsRepository(db).languagePreference(),
        firstScreen: list.primeFirstScreen(),
        // Attachment bytes a journal from before version 11 still keeps in the database (usually none).
        bytesToMove: db.attachmentContents.count(),
      },
);
const interfaceLoad = import('./startJournal');
const firstScreenWait = 250;

async function start(): Promise<void> {
  const journal = await journalRead;
  const { startJournal, showNewerJournal } = await interfaceLoad;
  if (!journal) return showNewerJournal(db.name, await appInfoRead);
  const [[appInfo, preference, bytesToMove]] = await Promise.all([
    Promise.all([appInfoRead, journal.preference, journal.bytesToMove]),
    Promise.race([journal.firstScreen, new Promise((resolve) => setTimeout(resolve, firstScreenWait))]),
  ]);
  await startJournal(db, list, appInfo, preference, bytesToMove);
}

start().catch((error: unknown) => {
  // Shown even if React never mounts, so a broken profile is visible rather than a blank window.
  const message = document.createElement('pre');
  message.setAttribute('role', 'alert');
  message.textContent = `Cancellation Journal could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.body.append(message);
});
