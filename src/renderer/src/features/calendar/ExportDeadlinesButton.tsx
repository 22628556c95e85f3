import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal } from '../../journalContext';
import { useNotify } from '../../notices';
import { calendarWords } from './calendarWords';
import { useSaveCalendar } from './useSaveCalendar';

/**
 * "Export all deadlines": every case's deadlines (the Trash left out) in one calendar file. The
 * cases are read in a worker, a few hundred at a time; the button shows how far it has come.
 */
export function ExportDeadlinesButton() {
  const { t } = useTranslation();
  const { db } = useJournal();
  const notify = useNotify();
  const save = useSaveCalendar();
  const [percent, setPercent] = useState<number | null>(null);
  const exportAll = async () => {
    setPercent(0);
    try {
      const [{ deadlineCalendarInBackground }, { defaultAlarmDaysBefore }] = await Promise.all([
        import('../../db/deadlineCalendarInBackground'),
        import('@shared/calendar/deadlineCalendar'),
      ]);
      const file = await deadlineCalendarInBackground(db, calendarWords(t), { now: new Date(), alarmDaysBefore: defaultAlarmDaysBefore }, (done, total) =>
        setPercent(total === 0 ? 100 : Math.floor((done / total) * 100)),
      );
      setPercent(null);
      if (file.events === 0) return notify('info', (t) => t('calendar.noDeadlinesInJournal'));
      await save(file.bytes, file.events);
    } catch (error) {
      notify('error', (t) => t('calendar.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setPercent(null);
    }
  };
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
