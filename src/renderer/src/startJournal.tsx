import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppInfo } from '@shared/ipc/contract';
import type { JournalDatabase } from './db/journalDatabase';
import type { CaseListStore } from './features/caseList/store/caseListStore';
import { IpcChannel } from '@shared/ipc/channels';
import { templateLanguages, type TemplateLanguage } from '@shared/domain/caseVocabulary';
import { storedLanguageChoice } from './db/journalVersion';
import { languagePreferences, type LanguagePreference } from './db/settingsRepository';
import { resolveLanguage } from './i18n/language';
import { startI18n } from './i18n/i18n';
import { JournalRoot } from './JournalRoot';
import { NewerJournalScreen } from './features/newerJournal/NewerJournalScreen';
import { desktopBridge } from '@platform';

/** The desktop app words its own menus (the right-click menu) in the interface's language. */
function tellDesktop(language: string): void {
  if (!(templateLanguages as readonly string[]).includes(language)) return;
  desktopBridge.invoke(IpcChannel.setInterfaceLanguage, { language: language as TemplateLanguage }).catch(() => undefined);
}

function rootElement(): HTMLElement {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  return root;
}

/** The interface, once the entry point has the settings (and, usually, the first screen's rows). */
export async function startJournal(db: JournalDatabase, list: CaseListStore, appInfo: AppInfo, preference: LanguagePreference, bytesToMove = 0): Promise<void> {
  const i18n = await startI18n(resolveLanguage(preference, appInfo.systemLanguages));
  tellDesktop(i18n.language);
  i18n.on('languageChanged', tellDesktop);
  if (bytesToMove > 0) await moveAttachmentBytesFirst(db, (moved, total) =>
      i18n.t('app.movingAttachments', { moved: moved.toLocaleString(i18n.language), total: total.toLocaleString(i18n.language) }),
    );
  createRoot(rootElement()).render(
    <StrictMode>
      <JournalRoot db={db} list={list} appInfo={appInfo} initialPreference={preference} />
    </StrictMode>,
  );
  // Files no case names any more (after a delete for good) are removed once the journal has settled.
  setTimeout(() => {
    void import('./db/attachmentGarbage').then(({ collectAttachmentGarbage }) => collectAttachmentGarbage(db)).catch(() => undefined);
  }, garbageAfterMs);
}

/** Long enough after start that the list has loaded its order and index. */
const garbageAfterMs = 20_000;

/**
 * A journal from before version 11 keeps attachment bytes in the database: they move to the
 * attachment files before the interface reads any (it reads only files), with a line saying how far
 * it got. Resumable: closed midway, the next start carries on (attachmentBytesMove.ts).
 */
export async function moveAttachmentBytesFirst(db: JournalDatabase, say: (moved: number, total: number) => string): Promise<void> {
  const { moveAttachmentBytesToFiles } = await import('./db/attachmentBytesMove');
  const total = await db.attachmentContents.count();
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'start-status';
  status.textContent = say(0, total);
  document.body.append(status);
  try {
    await moveAttachmentBytesToFiles(db, db.attachmentFiles, { onProgress: ({ left }) => (status.textContent = say(total - left, total)) });
  } finally {
    status.remove();
  }
}

/**
 * Instead of the interface when the journal was made by a newer version of the app. It lives here,
 * in the chunk the entry point loads anyway, so that a chunk of its own does not split React and
 * the translations out of this one and add files to every start. The journal is read (the
 * language the user chose) but never opened by Dexie.
 */
export async function showNewerJournal(journalName: string, appInfo: AppInfo): Promise<void> {
  const stored = await storedLanguageChoice(journalName);
  const preference = (languagePreferences as readonly unknown[]).includes(stored) ? (stored as LanguagePreference) : 'system';
  const i18n = await startI18n(resolveLanguage(preference, appInfo.systemLanguages));
  document.title = i18n.t('app.name');
  createRoot(rootElement()).render(
    <StrictMode>
      <NewerJournalScreen appVersion={appInfo.version} />
    </StrictMode>,
  );
}
