import { useTranslation } from 'react-i18next';
import { useDeadlineExport } from './deadlineExport';

/** "Export all deadlines": the journal's deadlines as one calendar file, with how far it has come. */
export function ExportDeadlinesButton() {
  const { t } = useTranslation();
  const { percent, exportAll } = useDeadlineExport();
  const busy = percent !== null;
  return (
    <>
      <button type="button" disabled={busy} aria-busy={busy} title={t('calendar.exportAllHelp')} onClick={() => void exportAll()}>
        {t('calendar.exportAll')}
      </button>
      {busy && (
        <span className="calendar-progress" role="status">
          {t('calendar.exporting', { percent })}
        </span>
      )}
    </>
  );
}
