import type { JournalFileProblem } from '@shared/journalFile/readJournalFile';
import type { ExistingCaseChoice, ImportOutcome, ImportPreview } from './journalImport';

/** What an import is read from: a file's bytes (checked to be UTF-8), or text already decoded (a backup). */
export type ImportSource = { bytes: Uint8Array } | { text: string };

/** From the page to the import worker. */
export type ImportRequest =
  | { kind: 'read'; databaseName: string; source: ImportSource }
  | { kind: 'import'; existing: ExistingCaseChoice }
  | { kind: 'cancel' };

export type ImportProgress = { phase: 'checking' | 'writing'; done: number; total: number };

/** From the import worker to the page. */
export type ImportReply =
  | ({ kind: 'progress' } & ImportProgress)
  | { kind: 'problem'; problem: JournalFileProblem }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };
