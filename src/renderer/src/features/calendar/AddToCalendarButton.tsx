import { useTranslation } from 'react-i18next';
import { caseCalendarDeadlines } from '@shared/calendar/caseCalendarDeadlines';
import type { JournalCase } from '@shared/domain/caseSchema';
import { useNotify } from '../../notices';
import { useJournal } from '../../journalContext';
import { calendarAlarms } from './calendarAlarms';
import { calendarWords } from './calendarWords';
import { useSaveCalendar } from './useSaveCalendar';

/**
 * "Add to calendar": this case's deadlines as an iCalendar file. Disabled, saying why, while the
 * case has no date a calendar could hold.
 */
export function AddToCalendarButton({ journalCase }: { journalCase: JournalCase }) {
  const { t } = useTranslation();
  const { db } = useJournal();
  const notify = useNotify();
  const save = useSaveCalendar();
  // Whether there is anything at all: weekends are enough to know (the holidays only move the day).
  const hasDeadlines = caseCalendarDeadlines(journalCase).length > 0;
  const add = async () => {
    try {
      // The calendar writer loads on first use, not with the case page.
      const [{ deadlineCalendar }, { deadlinesOfCase }, alarms] = await Promise.all([
        import('@shared/calendar/deadlineCalendar'),
        import('../../db/deadlineCalendarExport'),
        calendarAlarms(db),
      ]);
      const deadlines = await deadlinesOfCase(journalCase);
      const text = deadlineCalendar(deadlines, calendarWords(t), { now: new Date(), alarms });
      await save(new TextEncoder().encode(text), deadlines.length, journalCase.title);
    } catch (error) {
      notify('error', (t) => t('calendar.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <button type="button" disabled={!hasDeadlines} title={hasDeadlines ? t('calendar.addHelp') : t('calendar.noDeadlines')} onClick={() => void add()}>
      {t('calendar.add')}
    </button>
  );
}
