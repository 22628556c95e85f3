import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { IpcChannel } from '@shared/ipc/channels';
import { calendarFileName } from '@shared/fileNames';
import { desktopBridge } from '@platform';
import { useNotify } from '../../notices';

/** Saves a calendar file where the user says (main's save dialog; a download in the browser build) and says so. */
export function useSaveCalendar() {
  const { t } = useTranslation();
  const notify = useNotify();
  return useCallback(
    async (bytes: Uint8Array<ArrayBuffer>, events: number, singleCaseTitle?: string) => {
      const result = await desktopBridge.invoke(IpcChannel.saveCalendarFile, {
        suggestedName: calendarFileName(new Date(), t('calendar.fileName'), singleCaseTitle),
        contents: bytes,
      });
      if (result.status === 'saved') notify('info', (t) => t('calendar.saved', { count: events, path: result.path }));
    },
    [notify, t],
  );
}
