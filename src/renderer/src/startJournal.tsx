import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppInfo } from '@shared/ipc/contract';
import type { JournalDatabase } from './db/journalDatabase';
import type { LanguagePreference } from './db/settingsRepository';
import { resolveLanguage } from './i18n/language';
import { startI18n } from './i18n/i18n';
import { JournalRoot } from './JournalRoot';

/** The interface, once the entry point has the settings (and, usually, the first screen's rows). */
export async function startJournal(db: JournalDatabase, appInfo: AppInfo, preference: LanguagePreference): Promise<void> {
  await startI18n(resolveLanguage(preference, appInfo.systemLanguages));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <JournalRoot db={db} appInfo={appInfo} initialPreference={preference} />
    </StrictMode>,
  );
}
