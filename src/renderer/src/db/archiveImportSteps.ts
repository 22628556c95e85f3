import { readArchivedJournal, type ArchivedJournal, type JournalFileProblem } from '@shared/journalFile/readJournalFile';
import type { JournalDatabase } from './journalDatabase';
import { importArchivedJournal } from './journalArchiveImport';
import type { ExistingCaseChoice, ImportOutcome } from './journalImport';
import type { ImportProgress, UnpackedArchive } from './importProtocol';

export type ReadArchive = { ok: true; file: ArchivedJournal } | { ok: false; problem: JournalFileProblem };

/**
 * Reads the journal of an archive the main process (or the browser build's stand-in) has checked
 * whole and unpacked into the attachment files: validated like a journal file, every attachment it
 * lists checked against what the archive held. The same in the worker and (where no worker runs) on the page.
 */
export function readArchiveForImport(unpacked: UnpackedArchive, onProgress: (progress: ImportProgress) => void): ReadArchive {
  const held = new Map(unpacked.attachments.map(({ sha256, size }) => [sha256, size] as const));
  return readArchivedJournal(unpacked.journal, held, (done, total) => onProgress({ phase: 'checking', done, total }));
}

export function writeArchiveImport(
  db: JournalDatabase,
  read: Extract<ReadArchive, { ok: true }>,
  existing: ExistingCaseChoice,
  signal: AbortSignal,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  return importArchivedJournal(db, read.file, existing, undefined, { signal, onProgress: (done, total) => onProgress({ phase: 'writing', done, total }) });
}
