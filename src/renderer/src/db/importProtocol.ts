import type { JournalFileProblem } from '@shared/journalFile/readJournalFile';
import type { ExistingCaseChoice, ImportOutcome, ImportPreview } from './journalImport';

/**
 * What an import is read from: a file's bytes (checked to be UTF-8), text already decoded (an old
 * backup), or a journal archive of `size` bytes, read in pieces through the page (`readArchive`).
 */
export type ImportSource = { bytes: Uint8Array } | { text: string } | { archive: { size: number } };

/** From the page to the import worker. */
export type ImportRequest =
  | { kind: 'read'; databaseName: string; source: ImportSource }
  | { kind: 'import'; existing: ExistingCaseChoice }
  | { kind: 'cancel' }
  /** The answer to a `readArchive` reply. */
  | { kind: 'archiveBytes'; id: number; bytes: Uint8Array }
  | { kind: 'archiveUnreadable'; id: number; message: string };

/**
 * `verifying`: bytes of an archive checked against its manifest; `checking`: cases validated;
 * `storing`: attachment bytes of an archive stored; `writing`: cases written.
 */
export type ImportProgress = { phase: 'verifying' | 'checking' | 'storing' | 'writing'; done: number; total: number };

/** From the import worker to the page. */
export type ImportReply =
  | ({ kind: 'progress' } & ImportProgress)
  | { kind: 'problem'; problem: JournalFileProblem }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }
  /** The worker asks for bytes of the archive being imported (the page has the bridge, the worker does not). */
  | { kind: 'readArchive'; id: number; offset: number; length: number };
