import { useTranslation } from 'react-i18next';

/** The whole window when the journal was made by a newer version of the app: why nothing shows, and what to do. */
export function NewerJournalScreen({ appVersion }: { appVersion: string }) {
  const { t } = useTranslation();
  return (
    <main className="newer-journal">
      <h1>{t('newerJournal.title')}</h1>
      <p>{t('newerJournal.update')}</p>
      <p className="newer-journal-version">{t('newerJournal.thisVersion', { version: appVersion })}</p>
    </main>
  );
}
