import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IpcChannel } from '@shared/ipc/channels';
import type { ReminderSchedule } from '@shared/ipc/contract';
import { useLiveQuery } from 'dexie-react-hooks';
import { desktopBridge, inAppReminders } from '@platform';
import { settingsRepository } from '../../db/settingsRepository';
import { useJournal } from '../../journalContext';
import { useNotify } from '../../notices';
import { useAttention } from './attentionContext';
import { useReminderText } from './reminderText';

/**
 * Hands the reminders to the platform whenever they change: the desktop's main process shows them
 * as system notifications (also with the window closed, and after a restart); the browser build
 * shows them here, as notices with "Open" — both at the time of day set in Settings ("Remind me
 * at"). A clicked notification asks, through the bridge, for its case to be opened.
 */
export function ReminderDelivery({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { upcoming, today } = useAttention();
  const { db } = useJournal();
  // "Remind me at" in Settings: the time of day a day's reminders come.
  const remindAt = useLiveQuery(() => settingsRepository(db).reminderTime(), [db]);
  const text = useReminderText();
  const opener = useRef(onOpenCase);
  // Every edit of a case writes its watched dates again; the same schedule is not sent twice.
  const lastSent = useRef('');
  useEffect(() => {
    opener.current = onOpenCase;
  }, [onOpenCase]);

  useEffect(() => {
    // The case a clicked reminder asked for waits in the main process until this page takes it: at
    // start (the window was closed or still loading) and whenever main says one is waiting.
    const takeWaitingCase = () =>
      desktopBridge.invoke(IpcChannel.takeCaseToOpen, undefined).then(
        (caseId) => caseId !== null && opener.current(caseId),
        (error: unknown) => console.error('The case a reminder asked for could not be opened', error),
      );
    void takeWaitingCase();
    return desktopBridge.onOpenCase(() => void takeWaitingCase());
  }, []);

  useEffect(
    () =>
      inAppReminders?.onDue(({ due, summary }) => {
        const [only] = due;
        if (due.length === 1 && only) {
          notify('info', () => `${only.title} · ${only.body}`, { label: (tr) => tr('attention.noticeOpen'), run: () => opener.current(only.caseId) });
        } else {
          notify('info', () => summary.body.replaceAll('{count}', String(due.length)));
        }
      }),
    [notify],
  );

  useEffect(() => {
    if (upcoming === undefined || remindAt === undefined) return;
    const schedule: ReminderSchedule = {
      reminders: upcoming.slice(0, 1000).map((event) => ({
        id: event.id,
        caseId: event.caseId,
        showOn: event.showOn,
        title: event.caseTitle.slice(0, 300),
        body: text.notification(event, event.showOn > today ? event.showOn : today).slice(0, 500),
      })),
      summary: { title: t('attention.summaryTitle'), body: t('attention.summaryBody') },
      remindAt,
    };
    const said = JSON.stringify(schedule);
    if (said === lastSent.current) return;
    lastSent.current = said;
    desktopBridge.invoke(IpcChannel.scheduleReminders, schedule).catch((error: unknown) => console.error('The reminders could not be scheduled', error));
  }, [upcoming, today, t, text, remindAt]);
  return null;
}
