import { z } from 'zod';
import { MAX_JOURNAL_FILE_BYTES } from '../journalFile/journalFileLimits';

/**
 * The journal archive: a zip holding `journal.json` (the journal file format, attachments listed
 * without their bytes), each attachment's bytes once as `attachments/<sha256>`, and `manifest.json`
 * naming every other entry with its size and SHA-256. Documented in docs/journal-format.md.
 */
export const ARCHIVE_FORMAT = 'cancellation-journal-archive';
/** The manifest's version this app writes; a newer one is refused. */
export const ARCHIVE_FORMAT_VERSION = 1;

export const MANIFEST_ENTRY = 'manifest.json';
export const JOURNAL_ENTRY = 'journal.json';
const attachmentFolder = 'attachments/';
const sha256Pattern = /^[0-9a-f]{64}$/;

export const attachmentEntryName = (sha256: string) => `${attachmentFolder}${sha256}`;

/** The SHA-256 an attachment entry is named by, or null for any other entry name. */
export function attachmentEntryHash(name: string): string | null {
  if (!name.startsWith(attachmentFolder)) return null;
  const hash = name.slice(attachmentFolder.length);
  return sha256Pattern.test(hash) ? hash : null;
}

/** A manifest is small: a line per file. 64 MiB is room for far more attachments than a journal may hold. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;
/** The journal inside an archive has the same limit as a journal file. */
export const MAX_ARCHIVED_JOURNAL_BYTES = MAX_JOURNAL_FILE_BYTES;
/** One attachment's bytes: far above the 50 MB the app accepts, far below what would exhaust memory or disk by surprise. */
export const MAX_ARCHIVED_ATTACHMENT_BYTES = 1024 * 1024 * 1024;
/** Entries in one archive: a manifest, a journal and attachments (200 per case at most). */
export const MAX_ARCHIVE_ENTRIES = 1_000_000;
/**
 * How much an entry may expand: JSON deflates to a tenth or so, scans and photos hardly at all.
 * Anything past 1:200 is a zip bomb, not a journal.
 */
export const MAX_COMPRESSION_RATIO = 200;

export const ManifestFileSchema = z.object({
  name: z.string().max(200),
  size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  sha256: z.string().regex(sha256Pattern),
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

export const ArchiveManifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.number().int().min(1),
  createdAt: z.string().max(40),
  /** Every entry but the manifest itself: `journal.json` first, then each attachment once. */
  files: z.array(ManifestFileSchema).max(MAX_ARCHIVE_ENTRIES),
});
export type ArchiveManifest = z.infer<typeof ArchiveManifestSchema>;

/**
 * Why an entry's name is refused: only plain relative names of our own shape are read, so nothing
 * in an archive can name a place outside it (`/etc/x`, `C:\x`, `../x`) or hide as another entry.
 */
export function unsafeEntryName(name: string): boolean {
  return (
    name.length === 0 ||
    name.length > 200 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    // Control characters are exactly what is refused here.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f]/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.' || part === '')
  );
}
