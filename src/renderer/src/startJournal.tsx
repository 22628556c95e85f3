import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppInfo } from '@shared/ipc/contract';
import { IpcChannel } from '@shared/ipc/channels';
import { templateLanguages, type TemplateLanguage } from '@shared/domain/caseVocabulary';
import type { JournalDatabase } from './db/journalDatabase';
import type { LanguagePreference } from './db/settingsRepository';
import { resolveLanguage } from './i18n/language';
import { startI18n } from './i18n/i18n';
import { JournalRoot } from './JournalRoot';
import { desktopBridge } from './platform/desktopBridge';

/** The desktop app words its own menus (the right-click menu) in the interface's language. */
function tellDesktop(language: string): void {
  if (!(templateLanguages as readonly string[]).includes(language)) return;
  desktopBridge.invoke(IpcChannel.setInterfaceLanguage, { language: language as TemplateLanguage }).catch(() => undefined);
}

/** The interface, once the entry point has the settings (and, usually, the first screen's rows). */
export async function startJournal(db: JournalDatabase, appInfo: AppInfo, preference: LanguagePreference): Promise<void> {
  const i18n = await startI18n(resolveLanguage(preference, appInfo.systemLanguages));
  tellDesktop(i18n.language);
  i18n.on('languageChanged', tellDesktop);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <JournalRoot db={db} appInfo={appInfo} initialPreference={preference} />
    </StrictMode>,
  );
}
