import { createHash, webcrypto } from 'node:crypto';
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, JOURNAL_ENTRY, MANIFEST_ENTRY, attachmentEntryName, type ArchiveManifest, type ManifestFile } from '@shared/journalArchive/archiveFormat';
import type { ArchiveProblem } from '@shared/journalArchive/archiveProblem';
import { openJournalArchive, type RandomAccessBytes } from '@shared/journalArchive/readJournalArchive';
import { StoredBytesMismatch } from '@shared/journalArchive/writeJournalArchive';
import { startAtomicWrite } from './atomicWrite';
import { fileSource, nodeHasher } from './archiveFiles';
import type { AttachmentStore } from './attachmentStore';
import { ZipFileWriter } from './zipFileWriter';
import { NotARegularFile } from './readLimitedFile';

/** An attachment as the journal lists it: which bytes it names, and what it says they are. */
export interface ArchivedAttachment {
  name: string;
  sha256: string;
  size: number;
}

export interface StoreArchiveControls {
  signal?: AbortSignal;
  /** Attachment bytes through so far, of how many. */
  onProgress?: (done: number, total: number) => void;
  now?: Date;
  /** For tests: where the zip's zip64 fields begin. */
  zip64From?: number;
}

/**
 * The desktop app's archive export: the main process writes the zip itself, straight from the
 * attachment files (stored, in 4 MiB pieces, hashed on the way so an archive never carries bytes
 * its manifest denies), with `journal.json` — the only part the window makes — deflated. The
 * archive is written atomically to `destination`: it appears whole or not at all.
 */
/** Attachments up to this size are read whole (most are); larger ones go through in pieces. */
const wholeFileBytes = 8 * 1024 * 1024;
/** How many attachments are being read ahead of the one being written. */
const readAhead = 2;
/** How many attachments' hashes may still be being checked behind the one being written. */
const checksInFlight = 4;
/** How much is written between two flushes begun behind the writing. */
const flushBehindBytes = 32 * 1024 * 1024;

export async function writeArchiveFromStore(
  destination: string,
  journalJson: Uint8Array,
  attachments: readonly ArchivedAttachment[],
  store: AttachmentStore,
  { signal, onProgress, now = new Date(), zip64From }: StoreArchiveControls = {},
): Promise<{ path: string; size: number }> {
  const file = await startAtomicWrite(destination);
  try {
    const size = await writeArchiveToFile(file.handle, journalJson, attachments, store, { signal, onProgress, now, zip64From });
    // A Cancel that came while the last pieces, the manifest or the directory were written still
    // leaves no file: the last moment it can is before the archive is named.
    signal?.throwIfAborted();
    await file.commit();
    return { path: destination, size };
  } catch (error) {
    await file.discard();
    throw error;
  }
}

/**
 * The archive written into a file opened for it (empty, written from its start): what
 * writeArchiveFromStore writes, and what an automatic backup's file, begun by the main process,
 * is filled with. Returns the archive's size; the caller flushes, names or discards the file.
 */
export async function writeArchiveToFile(
  handle: FileHandle,
  journalJson: Uint8Array,
  attachments: readonly ArchivedAttachment[],
  store: AttachmentStore,
  { signal, onProgress, now = new Date(), zip64From }: StoreArchiveControls = {},
): Promise<number> {
  const distinct = [...new Map(attachments.map((attachment) => [attachment.sha256, attachment] as const)).values()];
  const total = distinct.reduce((sum, attachment) => sum + attachment.size, 0);
  const zip = new ZipFileWriter(handle, { now, zip64From });
  // Hashed on the thread pool, as it is deflated: a journal of 100,000 cases is hundreds of megabytes.
  const journalHash = Buffer.from(await webcrypto.subtle.digest('SHA-256', journalJson as Uint8Array<ArrayBuffer>)).toString('hex');
  const files: ManifestFile[] = [{ name: JOURNAL_ENTRY, size: journalJson.length, sha256: journalHash }];
  await zip.addBytes(JOURNAL_ENTRY, journalJson, { deflate: true });
  let done = 0;
  onProgress?.(0, total);
  // Files of a few MiB (nearly all: scans, screenshots, e-mails) are read whole, two ahead of the
  // one being hashed, while the one before is written: reading, hashing and writing overlap.
  const readWhole = (attachment: ArchivedAttachment) => {
    if (attachment.size > wholeFileBytes) return null;
    const reading = store.read(attachment.sha256);
    // A read ahead of an export that stops first (refused, cancelled) is never waited for.
    reading.catch(() => undefined);
    return reading;
  };
  const ahead = distinct.slice(0, readAhead).map(readWhole);
  const checks: Promise<void>[] = [];
  // The archive's bytes go to the disk while the rest is made (a flush begun every few MiB, one at
  // a time), so the flush that must come before the archive is named finds little left to write.
  let flushedUpTo = 0;
  let flushing: Promise<void> | null = null;
  const flushBehind = () => {
    if (flushing || zip.size - flushedUpTo < flushBehindBytes) return;
    flushedUpTo = zip.size;
    // A failure here is found again by the final flush, which is waited for.
    flushing = handle.datasync().then(
      () => void (flushing = null),
      () => void (flushing = null),
    );
  };
  for (const [index, attachment] of distinct.entries()) {
    signal?.throwIfAborted();
    const name = attachmentEntryName(attachment.sha256);
    const reading = ahead.shift() ?? null;
    const next = distinct[index + readAhead];
    ahead.push(next ? readWhole(next) : null);
    let size: number;
    let sha256: string;
    if (reading) {
      const bytes = await reading;
      if (bytes.length !== attachment.size) throw new StoredBytesMismatch(attachment.name);
      // Hashed on the thread pool (Web Crypto's digest runs there) while this thread writes it: a
      // mismatch found later still refuses the whole archive before it is named.
      const check = webcrypto.subtle.digest('SHA-256', bytes).then((digest) => {
        if (Buffer.from(digest).toString('hex') !== attachment.sha256) throw new StoredBytesMismatch(attachment.name);
      });
      check.catch(() => undefined);
      checks.push(check);
      if (checks.length > checksInFlight) await checks.shift();
      await zip.addWhole(name, bytes);
      size = bytes.length;
      sha256 = attachment.sha256;
      done += size;
    } else {
      const hash = createHash('sha256');
      size = await zip.addPieces(name, store.pieces(attachment.sha256), (piece) => {
        hash.update(piece);
        done += piece.length;
        onProgress?.(done, total);
      });
      sha256 = hash.digest('hex');
    }
    if (size !== attachment.size || sha256 !== attachment.sha256) throw new StoredBytesMismatch(attachment.name);
    onProgress?.(done, total);
    files.push({ name, size, sha256: attachment.sha256 });
    flushBehind();
  }
  await Promise.all(checks);
  await flushing;
  const manifest: ArchiveManifest = { format: ARCHIVE_FORMAT, version: ARCHIVE_FORMAT_VERSION, createdAt: now.toISOString(), files };
  await zip.addBytes(MANIFEST_ENTRY, new TextEncoder().encode(JSON.stringify(manifest, null, files.length <= 500 ? 2 : undefined)), { deflate: true });
  return zip.finish();
}

export type UnpackResult =
  | { ok: true; manifest: ArchiveManifest; journalBytes: Uint8Array; attachments: ReadonlyMap<string, number>; added: string[] }
  | { ok: false; problem: ArchiveProblem };

/**
 * The desktop app's archive import, file side: every check the archive reader makes (names,
 * traversal, duplicates, manifest, sizes, ratio, CRC of the manifest, SHA-256 of every entry), and
 * in the same pass each attachment's bytes go to the attachment files (kept only once their hash
 * matched). The window is handed only `journal.json` to write records from. An archive refused part
 * way leaves nothing behind: the files this import added are removed (bytes that were already
 * stored stay, other attachments name them).
 */
export async function unpackArchiveToStore(path: string, store: AttachmentStore, options: UnpackOptions = {}): Promise<UnpackResult> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotARegularFile(path);
    return await unpackArchiveSource(fileSource(handle, info.size), store, options);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export interface UnpackOptions {
  signal?: AbortSignal;
  onProgress?: (checked: number, total: number) => void;
  sync?: boolean;
}

/** unpackArchiveToStore for an archive already open (one the user picked in main's dialog). */
export async function unpackArchiveSource(source: RandomAccessBytes, store: AttachmentStore, { signal, onProgress, sync = true }: UnpackOptions = {}): Promise<UnpackResult> {
  const batch = store.batch({ sync });
  let succeeded = false;
  try {
    const opened = await openJournalArchive(source, nodeHasher, {
      signal,
      onProgress,
      // One attachment read while others are hashed (on the thread pool) and written.
      parallel: 4,
      keepAttachment: async (sha256, chunks) => {
        // The reader has checked the bytes by the time `chunks` ends; the store need not hash them again.
        await batch.put(sha256, chunks, { hashChecked: true });
      },
    });
    if (!opened.ok) return opened;
    await batch.finish();
    // Cancelled while the files were being named: they go again, and the import is cancelled.
    signal?.throwIfAborted();
    succeeded = true;
    const { manifest, journalBytes, attachments } = opened.archive;
    return { ok: true, manifest, journalBytes, attachments, added: [...batch.named] };
  } finally {
    if (!succeeded) {
      await batch.discard();
      await store.removeAdded(batch.named);
    }
  }
}
