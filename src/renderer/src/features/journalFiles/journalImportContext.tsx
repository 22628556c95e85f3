import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { BackupReadResult, OpenJournalResult } from '@shared/ipc/contract';
import type { JournalFileProblem } from '@shared/journalFile/readJournalFile';
import { useJournal } from '../../journalContext';
import type { ExistingCaseChoice, ImportOutcome, ImportPreview } from '../../db/journalImport';
import type { ImportProgress, ImportSession } from '../../db/importInBackground';
import { ImportDialog } from './ImportDialog';
import { IpcChannel } from '@shared/ipc/channels';
import { desktopBridge } from '@platform';
import { followArchiveJob } from './followArchiveJob';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string | null; progress: ImportProgress | null }
  | { step: 'problem'; name: string; problem: JournalFileProblem }
  | { step: 'preview'; name: string; preview: ImportPreview }
  | { step: 'importing'; name: string; progress: ImportProgress | null }
  | { step: 'done'; name: string; outcome: ImportOutcome }
  | { step: 'cancelled'; name: string }
  | { step: 'failed'; name: string; message: string };

/** A file to import: opened by a dialog (its bytes, unread, or an archive to read in pieces), or a backup (its text, or an archive). */
export type OpenedFile = OpenJournalResult | BackupReadResult;

interface JournalImport {
  state: ImportState;
  /** Reads a file from wherever `open` gets it (a file dialog, a backup) and shows its preview. */
  start: (open: () => Promise<OpenedFile>) => Promise<void>;
  confirm: (existing: ExistingCaseChoice) => Promise<void>;
  /** Stops reading or importing; nothing of the file is written. */
  cancel: () => void;
  close: () => void;
}

const ImportContext = createContext<JournalImport | null>(null);

export function useJournalImport(): JournalImport {
  const value = useContext(ImportContext);
  if (!value) throw new Error('useJournalImport outside JournalImportProvider');
  return value;
}

/**
 * The one import path, used by "Import JSON" and by restoring a backup: read and validate
 * everything, preview, and only on confirmation write it all in one transaction — all of it in a
 * worker, with progress and Cancel, so a 100,000-case file never freezes the window.
 */
export function JournalImportProvider({ children }: { children: ReactNode }) {
  const { db } = useJournal();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const session = useRef<ImportSession | null>(null);
  // The archive the main process holds open for the current import, let go once the import is over.
  const openArchive = useRef<string | null>(null);
  // Main's check and unpacking of that archive while it runs (Cancel stops it).
  const unpacking = useRef<AbortController | null>(null);
  // Which import the dialog is about: a later one (a file opened meanwhile) or Close makes an
  // earlier one's answers moot, so they change nothing on arrival.
  const imports = useRef(0);
  const letArchiveGo = useCallback(() => {
    const archiveId = openArchive.current;
    openArchive.current = null;
    if (archiveId) void desktopBridge.invoke(IpcChannel.closeArchive, { archiveId }).catch(() => undefined);
  }, []);

  const start = useCallback(
    async (open: () => Promise<OpenedFile>) => {
      unpacking.current?.abort();
      session.current?.cancel();
      letArchiveGo();
      const thisImport = ++imports.current;
      const overtaken = () => imports.current !== thisImport;
      setState({ step: 'reading', name: null, progress: null });
      let name = '';
      try {
        const opened = await open();
        if (overtaken()) {
          if (opened.status === 'archive') void desktopBridge.invoke(IpcChannel.closeArchive, { archiveId: opened.archiveId }).catch(() => undefined);
          return;
        }
        if (opened.status === 'canceled') return setState({ step: 'idle' });
        name = opened.name;
        if (opened.status === 'tooLarge') {
          return setState({ step: 'problem', name, problem: { kind: 'tooLarge', size: opened.size, limit: opened.limit } });
        }
        if (opened.status === 'notUtf8') return setState({ step: 'problem', name, problem: { kind: 'notUtf8', offset: opened.offset } });
        setState({ step: 'reading', name, progress: null });
        // Import code loads when a file is opened, not with the first screen.
        const { startImport } = await import('../../db/importInBackground');
        const onProgress = (progress: ImportProgress) =>
          setState((state) => (state.step === 'reading' || state.step === 'importing' ? { ...state, progress } : state));
        let current: ImportSession;
        if (opened.status === 'archive') {
          const { archiveId } = opened;
          openArchive.current = archiveId;
          // Main checks the whole archive and writes its attachments straight to the attachment
          // files, saying how far it has got; only journal.json comes to the window. A refused or
          // cancelled archive leaves no file behind.
          const stop = new AbortController();
          unpacking.current = stop;
          const unpacked = await followArchiveJob(desktopBridge, (jobId) => desktopBridge.invoke(IpcChannel.unpackArchiveToFiles, { archiveId, jobId }), {
            signal: stop.signal,
            onProgress: (done, total) => onProgress({ phase: 'unpacking', done, total }),
          }).finally(() => {
            if (unpacking.current === stop) unpacking.current = null;
          });
          // Closed, or another file opened, meanwhile: that already let this archive go and moved the dialog on.
          if (overtaken()) return;
          letArchiveGo();
          // Cancel pressed as main finished: main took it back, or the files it named wait for garbage collection.
          if (unpacked.status === 'canceled' || stop.signal.aborted) return setState({ step: 'cancelled', name });
          if (unpacked.status === 'refused') return setState({ step: 'problem', name, problem: { kind: 'archive', problem: unpacked.problem } });
          current = startImport(db, { unpacked: { journal: unpacked.journal, attachments: unpacked.attachments } }, onProgress);
        } else current = startImport(db, 'bytes' in opened ? { bytes: opened.bytes } : { text: opened.text }, onProgress);
        session.current = current;
        const read = await current.read;
        if (session.current !== current) return;
        if (read.ok !== true) letArchiveGo();
        if (read.ok === 'cancelled') return setState({ step: 'cancelled', name });
        if (!read.ok) return setState({ step: 'problem', name, problem: read.problem });
        setState({ step: 'preview', name, preview: read.preview });
      } catch (error) {
        if (overtaken()) return;
        letArchiveGo();
        setState({ step: 'failed', name, message: error instanceof Error ? error.message : String(error) });
      }
    },
    [db, letArchiveGo],
  );

  const confirm = useCallback(
    async (existing: ExistingCaseChoice) => {
      const current = session.current;
      if (state.step !== 'preview' || !current) return;
      const { name } = state;
      setState({ step: 'importing', name, progress: null });
      try {
        const written = await current.write(existing);
        setState(written.ok === 'cancelled' ? { step: 'cancelled', name } : { step: 'done', name, outcome: written.outcome });
      } catch (error) {
        setState({ step: 'failed', name, message: error instanceof Error ? error.message : String(error) });
      } finally {
        session.current = null;
        letArchiveGo();
      }
    },
    [state, letArchiveGo],
  );

  const cancel = useCallback(() => {
    unpacking.current?.abort();
    session.current?.cancel();
  }, []);
  const close = useCallback(() => {
    // Closing a preview lets the file go; it was never written.
    imports.current += 1;
    unpacking.current?.abort();
    session.current?.cancel();
    session.current = null;
    letArchiveGo();
    setState({ step: 'idle' });
  }, [letArchiveGo]);

  const value = useMemo(() => ({ state, start, confirm, cancel, close }), [state, start, confirm, cancel, close]);
  return (
    <ImportContext.Provider value={value}>
      {children}
      <ImportDialog />
    </ImportContext.Provider>
  );
}
