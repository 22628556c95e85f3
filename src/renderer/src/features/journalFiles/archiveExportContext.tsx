import { createContext, useCallback, useContext, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IpcChannel } from '@shared/ipc/channels';
import { journalArchiveName } from '@shared/fileNames';
import { desktopBridge } from '@platform';
import { useJournal } from '../../journalContext';
import { useNotify } from '../../notices';
import type { ExportSelection } from '../../db/journalExport';
import { useModalDialog } from '../../components/useModalDialog';
import { megabytes } from './megabytes';
import { followArchiveJob } from './followArchiveJob';

type ExportState = { step: 'idle' } | { step: 'exporting'; written: number; total: number | null };
type StartArchiveExport = (selection: ExportSelection, singleCaseTitle?: string) => Promise<void>;

const ArchiveExportContext = createContext<StartArchiveExport | null>(null);

/** "Export archive": the chosen cases with every attachment's bytes, as a journal archive (.zip). */
export function useArchiveExport(): StartArchiveExport {
  const start = useContext(ArchiveExportContext);
  if (!start) throw new Error('useArchiveExport outside ArchiveExportProvider');
  return start;
}

/**
 * Exports archives: the export worker makes journal.json and the list of attachments, and the
 * main process writes the archive where the user says, straight from the attachment files
 * (atomically). A dialog shows how far main has got, with Cancel; cancelling leaves no file behind.
 */
export function ArchiveExportProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { db, appInfo } = useJournal();
  const notify = useNotify();
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const running = useRef<AbortController | null>(null);

  const start = useCallback<StartArchiveExport>(
    async (selection, singleCaseTitle) => {
      if (running.current) return;
      const stop = new AbortController();
      running.current = stop;
      try {
        setState({ step: 'exporting', written: 0, total: null });
        const { archiveJournalInBackground } = await import('../../db/exportInBackground');
        const made = await archiveJournalInBackground(db, selection, { name: appInfo.name, version: appInfo.version });
        stop.signal.throwIfAborted();
        // Main asks where to save and writes the archive straight from the attachment files,
        // saying how far it has got; Cancel stops it there.
        const saved = await followArchiveJob(
          desktopBridge,
          (jobId) =>
            desktopBridge.invoke(IpcChannel.exportArchiveFromFiles, {
              suggestedName: journalArchiveName(new Date(), t('export.journalFileName'), singleCaseTitle),
              journal: made.journal,
              attachments: made.attachments,
              jobId,
            }),
          { signal: stop.signal, onProgress: (written, total) => setState({ step: 'exporting', written, total }) },
        );
        if (saved.status === 'saved') notify('info', (t) => t('export.savedArchive', { count: made.cases, path: saved.path }));
        else if (stop.signal.aborted) notify('info', (t) => t('export.archiveCancelled'));
      } catch (error) {
        if (stop.signal.aborted) notify('info', (t) => t('export.archiveCancelled'));
        else notify('error', (t) => t('export.failed', { message: error instanceof Error ? error.message : String(error) }));
      } finally {
        running.current = null;
        setState({ step: 'idle' });
      }
    },
    [db, appInfo, notify, t],
  );

  return (
    <ArchiveExportContext.Provider value={start}>
      {children}
      <ArchiveExportDialog state={state} onCancel={() => running.current?.abort()} />
    </ArchiveExportContext.Provider>
  );
}

function ArchiveExportDialog({ state, onCancel }: { state: ExportState; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const open = state.step === 'exporting';
  const dialog = useModalDialog(open);
  const inMegabytes = (bytes: number) => megabytes(bytes, i18n.language);
  const label =
    state.step === 'exporting' && state.total !== null
      ? t('export.archiveProgress', { done: inMegabytes(state.written), total: inMegabytes(state.total) })
      : t('export.archivePreparing');
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog export-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        // Escape cancels the export rather than hiding a dialog whose work goes on.
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={headingId}>{t('action.exportArchive')}</h2>
      {state.step === 'exporting' && (
        <>
          <div className="import-progress" role="status">
            <p>{label}</p>
            <progress aria-label={label} max={state.total || 1} value={state.total === null ? undefined : state.written} />
          </div>
          <div className="form-actions">
            <button type="button" onClick={onCancel}>
              {t('action.cancel')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
