import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { OpenJournalResult } from '@shared/ipc/contract';
import type { JournalFile } from '@shared/journalFile/journalFileSchema';
import type { JournalFileProblem } from '@shared/journalFile/readJournalFile';
import { useJournal } from '../../journalContext';
import type { ExistingCaseChoice, ImportOutcome, ImportPreview } from '../../db/journalImport';
import { ImportDialog } from './ImportDialog';

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string | null }
  | { step: 'problem'; name: string; problem: JournalFileProblem }
  | { step: 'preview'; name: string; file: JournalFile; preview: ImportPreview }
  | { step: 'importing'; name: string }
  | { step: 'done'; name: string; outcome: ImportOutcome }
  | { step: 'failed'; name: string; message: string };

interface JournalImport {
  state: ImportState;
  /** Reads a file from wherever `open` gets it (a file dialog, a backup) and shows its preview. */
  start: (open: () => Promise<OpenJournalResult>) => Promise<void>;
  confirm: (existing: ExistingCaseChoice) => Promise<void>;
  close: () => void;
}

const ImportContext = createContext<JournalImport | null>(null);

export function useJournalImport(): JournalImport {
  const value = useContext(ImportContext);
  if (!value) throw new Error('useJournalImport outside JournalImportProvider');
  return value;
}

/**
 * The one import path, used by "Import JSON" and by restoring a backup: read, validate everything,
 * preview, and only on confirmation write it all in one transaction.
 */
export function JournalImportProvider({ children }: { children: ReactNode }) {
  const { db } = useJournal();
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const start = useCallback(
    async (open: () => Promise<OpenJournalResult>) => {
      setState({ step: 'reading', name: null });
      try {
        const opened = await open();
        if (opened.status === 'canceled') return setState({ step: 'idle' });
        if (opened.status === 'tooLarge') {
          return setState({ step: 'problem', name: opened.name, problem: { kind: 'tooLarge', size: opened.size, limit: opened.limit } });
        }
        if (opened.status === 'notUtf8') {
          return setState({ step: 'problem', name: opened.name, problem: { kind: 'notUtf8', offset: opened.offset } });
        }
        setState({ step: 'reading', name: opened.name });
        // Validation and import code load when a file is opened, not with the first screen.
        const [{ readJournalFile }, { previewImport }] = await Promise.all([
          import('@shared/journalFile/readJournalFile'),
          import('../../db/journalImport'),
        ]);
        const result = await readJournalFile(opened.text);
        if (!result.ok) return setState({ step: 'problem', name: opened.name, problem: result.problem });
        setState({ step: 'preview', name: opened.name, file: result.file, preview: await previewImport(db, result.file) });
      } catch (error) {
        setState({ step: 'failed', name: '', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [db],
  );

  const confirm = useCallback(
    async (existing: ExistingCaseChoice) => {
      if (state.step !== 'preview') return;
      setState({ step: 'importing', name: state.name });
      try {
        const { importJournal } = await import('../../db/journalImport');
        setState({ step: 'done', name: state.name, outcome: await importJournal(db, state.file, existing) });
      } catch (error) {
        setState({ step: 'failed', name: state.name, message: error instanceof Error ? error.message : String(error) });
      }
    },
    [db, state],
  );

  const value = useMemo(() => ({ state, start, confirm, close: () => setState({ step: 'idle' }) }), [state, start, confirm]);
  return (
    <ImportContext.Provider value={value}>
      {children}
      <ImportDialog />
    </ImportContext.Provider>
  );
}
