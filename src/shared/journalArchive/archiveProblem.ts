/**
 * Why an archive cannot be imported, as data: the interface says it in the user's language.
 * `entry` is the name inside the zip (`attachments/<sha256>`, `journal.json`).
 */
/**
 * Why a file is not a zip that can be read: its table of contents (the end of a zip) is missing —
 * the file is incomplete or no zip —, it is one part of a split zip, its table of contents is
 * encrypted, or the file itself cannot be read.
 */
export type NotZipReason = 'noDirectory' | 'split' | 'encryptedDirectory' | 'unreadable';
/**
 * Why an entry cannot be read: the archive ends inside it (cut short), its header is not where the
 * table of contents says, its bytes fail their CRC-32, or they do not decompress.
 */
export type DamagedEntryReason = 'truncated' | 'noHeader' | 'badChecksum' | 'notDecompressible';

/** Told by the zip library's own messages (zip.js names its errors only in English). */
export function notZipReason(error: unknown): NotZipReason {
  const message = error instanceof Error ? error.message : String(error);
  if (/split zip/i.test(message)) return 'split';
  if (/encrypted central directory/i.test(message)) return 'encryptedDirectory';
  if (/central directory|file format is not recognized|zip64|out of bounds|ambiguous/i.test(message)) return 'noDirectory';
  return 'unreadable';
}

export function damagedEntryReason(error: unknown): DamagedEntryReason {
  const message = error instanceof Error ? error.message : String(error);
  if (/ended inside|past the end|out of bounds|uncompressed size/i.test(message)) return 'truncated';
  // zip.js says "Invalid signature" when an entry's CRC-32 does not match.
  if (/crc|invalid signature/i.test(message)) return 'badChecksum';
  if (/header/i.test(message)) return 'noHeader';
  return 'notDecompressible';
}

export type ArchiveProblem =
  | { kind: 'notZip'; reason: NotZipReason }
  | { kind: 'unsafeEntry'; entry: string }
  | { kind: 'duplicateEntry'; entry: string }
  | { kind: 'encryptedEntry'; entry: string }
  | { kind: 'noManifest' }
  /** The manifest is not JSON, not in the manifest's shape (`field` names where), or lists more entries than any archive has. */
  | { kind: 'badManifest'; reason: 'notJson' }
  | { kind: 'badManifest'; reason: 'shape'; field: string }
  | { kind: 'badManifest'; reason: 'tooManyEntries'; limit: number }
  | { kind: 'newerArchive'; version: number; supported: number }
  | { kind: 'unlistedEntry'; entry: string }
  | { kind: 'missingEntry'; entry: string }
  | { kind: 'noJournal' }
  | { kind: 'entryTooLarge'; entry: string; size: number; limit: number }
  | { kind: 'sizeMismatch'; entry: string }
  | { kind: 'compressionRatio'; entry: string }
  | { kind: 'hashMismatch'; entry: string }
  | { kind: 'damagedEntry'; entry: string; reason: DamagedEntryReason }
  /** journal.json lists an attachment whose bytes the archive does not hold (by SHA-256 and size). */
  | { kind: 'attachmentNotInArchive'; number: number; name: string };

/** Thrown inside the reader and turned into a refusal at its edge (or, while importing, a failure). */
export class ArchiveRefused extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(`The archive was refused: ${problem.kind}${'entry' in problem ? ` (${problem.entry})` : ''}`);
  }
}
