import { createContext, useContext } from 'react';
import type { AppInfo } from '@shared/ipc/contract';
import type { JournalDatabase } from './db/journalDatabase';
import type { CaseRepository } from './db/caseRepository';
import type { CaseListStore } from './features/caseList/store/caseListStore';
import type { LanguagePreference } from './db/settingsRepository';
import type { UiLanguage } from './i18n/language';

export interface Journal {
  db: JournalDatabase;
  cases: CaseRepository;
  /** The case list's store: its order, search index, rows and first screen (one per database). */
  list: CaseListStore;
  appInfo: AppInfo;
  languagePreference: LanguagePreference;
  setLanguagePreference: (preference: LanguagePreference) => Promise<void>;
  language: UiLanguage;
}

export const JournalContext = createContext<Journal | null>(null);

export function useJournal(): Journal {
  const journal = useContext(JournalContext);
  if (!journal) throw new Error('useJournal outside JournalContext');
  return journal;
}
