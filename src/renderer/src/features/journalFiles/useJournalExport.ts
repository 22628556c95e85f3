import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { IpcChannel } from '@shared/ipc/channels';
import { journalFileName, serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import { useJournal } from '../../journalContext';
import { desktopBridge } from '../../platform/desktopBridge';
import { exportJournal, type ExportSelection } from '../../db/journalExport';
import { useNotify } from '../../notices';

/** "Export JSON": the chosen cases as a journal file, saved where the user says. */
export function useJournalExport() {
  const { t } = useTranslation();
  const { db, appInfo } = useJournal();
  const notify = useNotify();
  return useCallback(
    async (selection: ExportSelection, singleCaseTitle?: string) => {
      try {
        const now = new Date();
        const file = await exportJournal(db, selection, { name: appInfo.name, version: appInfo.version }, now);
        const result = await desktopBridge.invoke(IpcChannel.saveJournalJson, {
          suggestedName: journalFileName(now, singleCaseTitle),
          json: serializeJournalFile(file),
        });
        if (result.status === 'saved') notify('info', t('export.savedJson', { count: file.cases.length, path: result.path }));
      } catch (error) {
        notify('error', t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
      }
    },
    [db, appInfo, notify, t],
  );
}
