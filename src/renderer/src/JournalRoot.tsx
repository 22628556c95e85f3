import { useMemo, useState } from 'react';
import type { AppInfo } from '@shared/ipc/contract';
import type { JournalDatabase } from './db/journalDatabase';
import type { CaseListStore } from './features/caseList/store/caseListStore';
import { caseRepository } from './db/caseRepository';
import { settingsRepository, type LanguagePreference } from './db/settingsRepository';
import { resolveLanguage } from './i18n/language';
import { switchLanguage } from './i18n/i18n';
import { JournalContext, type Journal } from './journalContext';
import { App } from './App';
import { NoticeProvider } from './notices';
import { JournalImportProvider } from './features/journalFiles/journalImportContext';
import { ArchiveExportProvider } from './features/journalFiles/archiveExportContext';
import { ReportProvider } from './features/report/reportContext';
import { useAutomaticBackups } from './features/journalFiles/useAutomaticBackups';
import { BackupFailureNotice } from './features/journalFiles/BackupFailureNotice';

/** Owns what every screen shares: the database, its repositories and the language. */
export function JournalRoot(props: { db: JournalDatabase; list: CaseListStore; appInfo: AppInfo; initialPreference: LanguagePreference }) {
  const [preference, setPreference] = useState(props.initialPreference);
  const language = resolveLanguage(preference, props.appInfo.systemLanguages);
  const cases = useMemo(() => caseRepository(props.db), [props.db]);
  const journal = useMemo<Journal>(() => {
    const settings = settingsRepository(props.db);
    return {
      db: props.db,
      cases,
      list: props.list,
      appInfo: props.appInfo,
      languagePreference: preference,
      language,
      setLanguagePreference: async (next) => {
        await settings.setLanguagePreference(next);
        await switchLanguage(resolveLanguage(next, props.appInfo.systemLanguages));
        setPreference(next);
      },
    };
  }, [props.db, props.list, props.appInfo, cases, preference, language]);
  useAutomaticBackups(props.db, props.appInfo);
  return (
    <JournalContext.Provider value={journal}>
      <NoticeProvider pinned={<BackupFailureNotice />}>
        <JournalImportProvider>
          <ArchiveExportProvider>
            <ReportProvider>
              <App />
            </ReportProvider>
          </ArchiveExportProvider>
        </JournalImportProvider>
      </NoticeProvider>
    </JournalContext.Provider>
  );
}
