/**
 * Why an archive cannot be imported, as data: the interface says it in the user's language.
 * `entry` is the name inside the zip (`attachments/<sha256>`, `journal.json`).
 */
export type ArchiveProblem =
  | { kind: 'notZip'; detail: string }
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
  | { kind: 'damagedEntry'; entry: string; detail: string }
  /** journal.json lists an attachment whose bytes the archive does not hold (by SHA-256 and size). */
  | { kind: 'attachmentNotInArchive'; number: number; name: string };

/** Thrown inside the reader and turned into a refusal at its edge (or, while importing, a failure). */
export class ArchiveRefused extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(`The archive was refused: ${problem.kind}${'entry' in problem ? ` (${problem.entry})` : ''}`);
  }
}
