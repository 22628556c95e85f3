import { webHasher } from '@shared/journalArchive/hashing';
import { readAhead } from '@shared/journalArchive/readAhead';
import { openJournalArchive, type VerifiedArchive } from '@shared/journalArchive/readJournalArchive';
import { readArchivedJournal, type ArchivedJournal, type JournalFileProblem } from '@shared/journalFile/readJournalFile';
import type { JournalDatabase } from './journalDatabase';
import { importArchivedJournal } from './journalArchiveImport';
import type { ExistingCaseChoice, ImportOutcome } from './journalImport';
import type { ImportProgress } from './importProtocol';

export type ReadArchiveBytes = (offset: number, length: number) => Promise<Uint8Array>;
export type ReadArchive = { ok: true; archive: VerifiedArchive; file: ArchivedJournal } | { ok: false; problem: JournalFileProblem };

/**
 * Reads a journal archive for import, the same in the worker and (where no worker runs) on the
 * page: every entry checked against the manifest, then its journal validated like a journal file.
 */
export async function readArchiveForImport(size: number, readBytes: ReadArchiveBytes, onProgress: (progress: ImportProgress) => void): Promise<ReadArchive> {
  // Every read crosses to where the file is (the page, the main process): in large blocks, read ahead.
  const source = readAhead({ size, read: readBytes });
  const opened = await openJournalArchive(source, webHasher, { onProgress: (done, total) => onProgress({ phase: 'verifying', done, total }) });
  // The import reads every attachment again, from the file as it is then, and checks it again.
  source.forget();
  if (!opened.ok) return { ok: false, problem: { kind: 'archive', problem: opened.problem } };
  const read = readArchivedJournal(opened.archive.journalBytes, opened.archive.attachments, (done, total) => onProgress({ phase: 'checking', done, total }));
  if (!read.ok) return read;
  return { ok: true, archive: opened.archive, file: read.file };
}

export function writeArchiveImport(
  db: JournalDatabase,
  read: Extract<ReadArchive, { ok: true }>,
  existing: ExistingCaseChoice,
  signal: AbortSignal,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportOutcome> {
  return importArchivedJournal(db, read.file, existing, (sha256, chunkSignal) => read.archive.attachmentChunks(sha256, chunkSignal), undefined, {
    signal,
    onStoring: (done, total) => onProgress({ phase: 'storing', done, total }),
    onProgress: (done, total) => onProgress({ phase: 'writing', done, total }),
  });
}
