import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { desktopBridge } from '@platform';
import { useJournal } from '../../journalContext';
import { useNotify } from '../../notices';
import { calendarAlarms } from './calendarAlarms';
import { calendarWords } from './calendarWords';
import { useSaveCalendar } from './useSaveCalendar';

interface DeadlineExport {
  /** How far the running export has come (0–100), or null when none runs. */
  percent: number | null;
  exportAll(): Promise<void>;
}

const DeadlineExportContext = createContext<DeadlineExport | null>(null);

/**
 * "Export all deadlines": every case's deadlines (the Trash left out) in one calendar file. The
 * cases are read in a worker, a few hundred at a time. One export for the list's button and the
 * application menu's "Export all deadlines…" (main asks this page through the bridge): either
 * starts it, the button shows how far it has come, and a second ask while one runs is ignored.
 */
export function DeadlineExportProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { db } = useJournal();
  const notify = useNotify();
  const save = useSaveCalendar();
  const [percent, setPercent] = useState<number | null>(null);
  const running = useRef(false);

  const exportAll = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setPercent(0);
    try {
      const [{ deadlineCalendarInBackground }, alarms] = await Promise.all([import('../../db/deadlineCalendarInBackground'), calendarAlarms(db)]);
      const file = await deadlineCalendarInBackground(db, calendarWords(t), { now: new Date(), alarms }, (done, total) =>
        setPercent(total === 0 ? 100 : Math.floor((done / total) * 100)),
      );
      setPercent(null);
      if (file.events === 0) return notify('info', (t) => t('calendar.noDeadlinesInJournal'));
      await save(file.bytes, file.events);
    } catch (error) {
      notify('error', (t) => t('calendar.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      running.current = false;
      setPercent(null);
    }
  }, [db, notify, save, t]);

  const latest = useRef(exportAll);
  useEffect(() => {
    latest.current = exportAll;
  }, [exportAll]);
  // Heard for as long as the journal is open; the browser build has no menu and never calls.
  useEffect(() => desktopBridge.onExportAllDeadlines(() => void latest.current()), []);

  const value = useMemo(() => ({ percent, exportAll }), [percent, exportAll]);
  return <DeadlineExportContext.Provider value={value}>{children}</DeadlineExportContext.Provider>;
}

export function useDeadlineExport(): DeadlineExport {
  const value = useContext(DeadlineExportContext);
  if (!value) throw new Error('useDeadlineExport needs a DeadlineExportProvider above it');
  return value;
}
