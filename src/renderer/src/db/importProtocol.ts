import type { JournalFileProblem } from '@shared/journalFile/readJournalFile';
import type { ExistingCaseChoice, ImportOutcome, ImportPreview } from './journalImport';

/**
 * An archive checked whole and unpacked into the attachment files by main (`archive:unpack-to-files`):
 * its `journal.json` and the attachments it held (SHA-256 and size).
 */
export interface UnpackedArchive {
  journal: Uint8Array;
  attachments: { sha256: string; size: number }[];
}

/**
 * What an import is read from: a file's bytes (checked to be UTF-8), text already decoded (an old
 * backup), or an unpacked journal archive.
 */
export type ImportSource = { bytes: Uint8Array } | { text: string } | { unpacked: UnpackedArchive };

/** From the page to the import worker. */
export type ImportRequest =
  /** `files`: the page's attachment files, lent over this port (lendAttachmentFiles). */
  | { kind: 'read'; databaseName: string; source: ImportSource; files: MessagePort }
  | { kind: 'import'; existing: ExistingCaseChoice }
  | { kind: 'cancel' };

/**
 * `checking`: cases validated;
 * `writing`: cases written.
 */
/** `unpacking` counts an archive's bytes checked and unpacked by the main process; the others count cases. */
export type ImportProgress = { phase: 'unpacking' | 'checking' | 'writing'; done: number; total: number };

/** From the import worker to the page. */
export type ImportReply =
  | ({ kind: 'progress' } & ImportProgress)
  | { kind: 'problem'; problem: JournalFileProblem }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };
