import { z } from 'zod';
import { TemplateSchema } from '../domain/templateSchema';
import type { ArchiveProblem } from '../journalArchive/archiveProblem';
import { templateKey } from '../templates/builtInTemplates';
import { decodeStrictUtf8 } from './strictUtf8';
import { base64ToBytes, sha256Hex } from './base64';
import { firstFieldIssue, type FieldProblem } from './fieldProblem';
import { migrateJournalFile, UnsupportedVersion } from './journalFileMigrations';
import { isRecord } from './isRecord';
import {
  JOURNAL_FORMAT,
  JOURNAL_FORMAT_VERSION,
  ArchivedJournalCaseSchema,
  JournalFileCaseSchema,
  JournalFileHeaderSchema,
  type ArchivedJournalCase,
  type JournalFile,
} from './journalFileSchema';

export { MAX_JOURNAL_FILE_BYTES } from './journalFileLimits';

/** Why a file cannot be imported. Each names the problem so the user can act on it. */
export type JournalFileProblem =
  | { kind: 'tooLarge'; size: number; limit: number }
  | { kind: 'notUtf8'; offset: number }
  | { kind: 'notJson'; detail: string }
  | { kind: 'notJournal' }
  | { kind: 'newerVersion'; version: number; supported: number }
  | { kind: 'unsupportedVersion'; version: number }
  | { kind: 'invalidHeader'; path: string; problem: FieldProblem }
  | { kind: 'invalidCase'; number: number; title: string | null; path: string; problem: FieldProblem }
  | { kind: 'invalidTemplate'; number: number; path: string; problem: FieldProblem }
  | { kind: 'duplicateId'; id: string; first: number; second: number }
  | { kind: 'duplicateAttachmentId'; id: string; first: number; second: number }
  | { kind: 'duplicateTemplate'; name: string; first: number; second: number }
  | { kind: 'attachmentMismatch'; number: number; name: string; reason: 'checksum' | 'size' }
  /** A journal archive (.zip) refused: its container, manifest or an entry's bytes. */
  | { kind: 'archive'; problem: ArchiveProblem };

/** Told how many of the file's cases have been checked so far, of how many. */
export type ReadProgress = (checked: number, total: number) => void;
const progressEvery = 500;

/** A file's bytes: refused unless they are UTF-8 (with the offset of the first bad byte), then read. */
export async function readJournalBytes(bytes: Uint8Array, onProgress?: ReadProgress): Promise<ReadJournalResult> {
  const decoded = decodeStrictUtf8(bytes);
  if (!decoded.ok) return { ok: false, problem: { kind: 'notUtf8', offset: decoded.offset } };
  return readJournalFile(decoded.text, onProgress);
}

export type ReadJournalResult = { ok: true; file: JournalFile } | { ok: false; problem: JournalFileProblem };

/** The journal inside an archive: the same format, its attachments listed without their bytes (those are the archive's entries). */
export type ArchivedJournal = Omit<JournalFile, 'cases'> & { cases: ArchivedJournalCase[] };
export type ReadArchivedJournalResult = { ok: true; file: ArchivedJournal } | { ok: false; problem: JournalFileProblem };

/**
 * JSON.parse never touches a prototype: `"__proto__"` becomes an ordinary own key. What comes out
 * is only ever read through the zod schemas, which copy the keys they know into new objects, so
 * `__proto__`, `constructor` and the like are left behind (a reviver would do the same, ten times slower).
 */
function parseUntrustedJson(text: string): unknown {
  return JSON.parse(text);
}

/** Checked before migrating: which version the file says it is. */
const FileVersionSchema = z.object({ version: z.number().int().min(1) });
/** Checked before each case and template is: that they come as lists. */
const FileListsSchema = z.object({ cases: z.array(z.unknown()), templates: z.array(z.unknown()).nullish() });

/**
 * Reads a journal file (untrusted): parses, migrates older versions, validates everything and checks
 * every attachment's checksum. Nothing is written anywhere; the caller imports only a file that
 * passed as a whole.
 */
export async function readJournalFile(text: string, onProgress?: ReadProgress): Promise<ReadJournalResult> {
  const read = readJournal(text, JournalFileCaseSchema, onProgress);
  if (!read.ok) return read;
  const { file } = read;
  for (const [index, journalCase] of file.cases.entries()) {
    for (const attachment of journalCase.attachments) {
      const bytes = base64ToBytes(attachment.data);
      if (bytes.length !== attachment.size) {
        return { ok: false, problem: { kind: 'attachmentMismatch', number: index + 1, name: attachment.name, reason: 'size' } };
      }
      if ((await sha256Hex(bytes)) !== attachment.sha256) {
        return { ok: false, problem: { kind: 'attachmentMismatch', number: index + 1, name: attachment.name, reason: 'checksum' } };
      }
    }
  }
  onProgress?.(file.cases.length, file.cases.length);
  return { ok: true, file };
}

/**
 * The journal of an archive whose entries were all checked (readJournalArchive): read like a journal
 * file, and every attachment it lists must be in the archive with the same size, found by its SHA-256.
 */
export function readArchivedJournal(bytes: Uint8Array, inArchive: ReadonlyMap<string, number>, onProgress?: ReadProgress): ReadArchivedJournalResult {
  const decoded = decodeStrictUtf8(bytes);
  if (!decoded.ok) return { ok: false, problem: { kind: 'notUtf8', offset: decoded.offset } };
  const read = readJournal(decoded.text, ArchivedJournalCaseSchema, onProgress);
  if (!read.ok) return read;
  for (const [index, journalCase] of read.file.cases.entries()) {
    for (const attachment of journalCase.attachments) {
      if (inArchive.get(attachment.sha256) !== attachment.size) {
        return { ok: false, problem: { kind: 'archive', problem: { kind: 'attachmentNotInArchive', number: index + 1, name: attachment.name } } };
      }
    }
  }
  onProgress?.(read.file.cases.length, read.file.cases.length);
  return read;
}

type Read<C> = { ok: true; file: Omit<JournalFile, 'cases'> & { cases: C[] } } | { ok: false; problem: JournalFileProblem };

function readJournal<C extends { id: string; attachments: { id: string }[] }>(
  text: string,
  caseSchema: z.ZodType<C>,
  onProgress?: ReadProgress,
): Read<C> {
  let raw: unknown;
  try {
    raw = parseUntrustedJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problem: { kind: 'notJson', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (!isRecord(raw) || raw.format !== JOURNAL_FORMAT) return { ok: false, problem: { kind: 'notJournal' } };
  const versioned = FileVersionSchema.safeParse(raw);
  if (!versioned.success) return { ok: false, problem: { kind: 'invalidHeader', ...firstFieldIssue(versioned.error, raw) } };
  const { version } = versioned.data;
  if (version > JOURNAL_FORMAT_VERSION) {
    return { ok: false, problem: { kind: 'newerVersion', version, supported: JOURNAL_FORMAT_VERSION } };
  }
  let current: Record<string, unknown>;
  try {
    current = migrateJournalFile(raw, version);
  } catch (error) {
    if (error instanceof UnsupportedVersion) return { ok: false, problem: { kind: 'unsupportedVersion', version } };
    throw error;
  }

  const header = JournalFileHeaderSchema.safeParse(current);
  if (!header.success) return { ok: false, problem: { kind: 'invalidHeader', ...firstFieldIssue(header.error, current) } };
  const lists = FileListsSchema.safeParse(current);
  if (!lists.success) return { ok: false, problem: { kind: 'invalidHeader', ...firstFieldIssue(lists.error, current) } };
  const rawTemplates = lists.data.templates ?? [];

  const cases: C[] = [];
  const seen = new Map<string, number>();
  // Attachment ids name bytes in the journal: two in one file would make one case's evidence the other's.
  const attachmentOwners = new Map<string, number>();
  const total = lists.data.cases.length;
  for (const [index, rawCase] of lists.data.cases.entries()) {
    const number = index + 1;
    if (onProgress && index % progressEvery === 0) onProgress(index, total);
    const parsed = caseSchema.safeParse(rawCase);
    if (!parsed.success) {
      const title = isRecord(rawCase) && typeof rawCase.title === 'string' ? rawCase.title.slice(0, 80) : null;
      return { ok: false, problem: { kind: 'invalidCase', number, title, ...firstFieldIssue(parsed.error, rawCase) } };
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) return { ok: false, problem: { kind: 'duplicateId', id: parsed.data.id, first, second: number } };
    seen.set(parsed.data.id, number);
    for (const attachment of parsed.data.attachments) {
      const owner = attachmentOwners.get(attachment.id);
      if (owner !== undefined) return { ok: false, problem: { kind: 'duplicateAttachmentId', id: attachment.id, first: owner, second: number } };
      attachmentOwners.set(attachment.id, number);
    }
    cases.push(parsed.data);
  }

  const templates = [];
  const templateNumbers = new Map<string, number>();
  for (const [index, rawTemplate] of rawTemplates.entries()) {
    const parsed = TemplateSchema.safeParse(rawTemplate);
    if (!parsed.success) return { ok: false, problem: { kind: 'invalidTemplate', number: index + 1, ...firstFieldIssue(parsed.error, rawTemplate) } };
    // Which of two copies of one template should win is not the reader's to guess.
    const key = templateKey(parsed.data);
    const first = templateNumbers.get(key);
    if (first !== undefined) return { ok: false, problem: { kind: 'duplicateTemplate', name: parsed.data.name, first, second: index + 1 } };
    templateNumbers.set(key, index + 1);
    templates.push(parsed.data);
  }

  return { ok: true, file: { ...header.data, cases, templates } };
}
