import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { IpcChannel } from '@shared/ipc/channels';
import { journalFileName } from '@shared/fileNames';
import { useJournal } from '../../journalContext';
import { desktopBridge } from '@platform';
import type { ExportSelection } from '../../db/journalExport';
import { AttachmentsTooLargeForJson } from '../../db/attachmentsTooLargeForJson';
import { useNotify } from '../../notices';
import { useFormatters } from '../../i18n/useFormatters';

/** "Export JSON": the chosen cases as a journal file, saved where the user says. */
export function useJournalExport() {
  const { t } = useTranslation();
  const { db, appInfo, cases: repository } = useJournal();
  const notify = useNotify();
  const format = useFormatters();
  return useCallback(
    async (selection: ExportSelection, singleCaseTitle?: string) => {
      try {
        const { exportJournalBytes } = await import('../../db/exportInBackground');
        const { bytes, cases } = await exportJournalBytes(db, selection, { name: appInfo.name, version: appInfo.version });
        const result = await desktopBridge.invoke(IpcChannel.saveJournalJson, {
          suggestedName: journalFileName(new Date(), t('export.journalFileName'), singleCaseTitle),
          contents: bytes,
        });
        if (result.status === 'saved') {
          notify('info', (t) => t('export.savedJson', { count: cases, path: result.path }));
          // Each exported case's history says it left the journal in a file (backups are not exports).
          const ids = selection.kind === 'cases' ? selection.ids : ((await db.cases.toCollection().primaryKeys()) as string[]);
          await repository.recordDelivery(ids, 'exported');
        }
      } catch (error) {
        if (error instanceof AttachmentsTooLargeForJson) {
          return notify('error', (t) => t('export.tooLargeForJson', { size: format.fileSize(error.size), limit: format.fileSize(error.limit) }));
        }
        notify('error', (t) => t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
      }
    },
    [db, appInfo, repository, notify, t, format],
  );
}
