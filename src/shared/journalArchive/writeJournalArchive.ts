import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, JOURNAL_ENTRY, MANIFEST_ENTRY, attachmentEntryName, type ArchiveManifest, type ManifestFile } from './archiveFormat';
import type { NewHasher } from './hashing';
import { Uint8ArrayReader, ZipWriter } from './zipLibrary';

/** An attachment's bytes as the journal stores them, with what its metadata says they are. */
export interface AttachmentBytes {
  name: string;
  sha256: string;
  bytes: Uint8Array;
}

/** Stored bytes that are not what their attachment says: exporting them would make an archive that cannot be imported. */
export class StoredBytesMismatch extends Error {
  constructor(readonly attachmentName: string) {
    super(`The stored bytes of the attachment “${attachmentName}” do not match its SHA-256; it was damaged in storage`);
  }
}

export interface ArchiveWriteControls {
  signal?: AbortSignal;
  /** Attachments written so far (by bytes), of how many bytes in all. */
  onProgress?: (written: number, total: number) => void;
  now?: Date;
}

/**
 * Writes a journal archive to `sink` as it is made: `journal.json` (deflated), each attachment's
 * bytes once under its SHA-256 (stored: scans and photos do not compress), then the manifest.
 * `attachments` yields each distinct attachment once; `totalBytes` is their sum, for progress.
 * Every attachment is hashed on its way in, so an archive never carries bytes its manifest denies.
 */
export async function writeJournalArchive(
  sink: WritableStream<Uint8Array>,
  journalJson: Uint8Array,
  attachments: AsyncIterable<AttachmentBytes>,
  totalBytes: number,
  newHasher: NewHasher,
  { signal, onProgress, now = new Date() }: ArchiveWriteControls = {},
): Promise<void> {
  const writer = new ZipWriter(sink, { keepOrder: true, signal });
  const files: ManifestFile[] = [];
  try {
    const journalHash = newHasher();
    journalHash.update(journalJson);
    files.push({ name: JOURNAL_ENTRY, size: journalJson.length, sha256: await journalHash.hex() });
    await writer.add(JOURNAL_ENTRY, new Uint8ArrayReader(journalJson), { level: 6, lastModDate: now });

    let written = 0;
    onProgress?.(0, totalBytes);
    for await (const attachment of attachments) {
      signal?.throwIfAborted();
      const hasher = newHasher();
      hasher.update(attachment.bytes);
      // Hashed (by the platform, on a thread of its own) while the zip takes the same bytes; a
      // mismatch fails the export before the archive is finished, so no archive carries them.
      const hashing = hasher.hex();
      const name = attachmentEntryName(attachment.sha256);
      files.push({ name, size: attachment.bytes.length, sha256: attachment.sha256 });
      const adding = writer.add(name, new Uint8ArrayReader(attachment.bytes), { level: 0, lastModDate: now });
      const [digest] = await Promise.all([hashing, adding]);
      if (digest !== attachment.sha256) throw new StoredBytesMismatch(attachment.name);
      written += attachment.bytes.length;
      onProgress?.(written, totalBytes);
    }

    const manifest: ArchiveManifest = { format: ARCHIVE_FORMAT, version: ARCHIVE_FORMAT_VERSION, createdAt: now.toISOString(), files };
    const manifestBytes = new TextEncoder().encode(JSON.stringify(manifest, null, files.length <= 500 ? 2 : undefined));
    await writer.add(MANIFEST_ENTRY, new Uint8ArrayReader(manifestBytes), { level: 6, lastModDate: now });
    await writer.close();
  } catch (error) {
    await sink.abort(error).catch(() => undefined);
    throw error;
  }
}

/**
 * A sink that gathers the zip writer's many small writes into pieces of about `size` bytes and
 * hands each to `send`: the bytes leave in bounded pieces, never as a whole archive. Up to
 * `inFlight` pieces may be on their way at once, so the next is made while the last is written (the
 * writing is elsewhere: the page, the main process); beyond that the sink waits, so the archive is
 * made no faster than it is written. `send` is called in order; it must write in that order.
 */
export function piecesSink(send: (piece: Uint8Array<ArrayBuffer>) => Promise<void>, size = 4 * 1024 * 1024, inFlight = 2): WritableStream<Uint8Array> {
  let piece = new Uint8Array(size);
  let filled = 0;
  const sending: Promise<void>[] = [];
  const flush = async () => {
    if (filled === 0) return;
    const full = filled === piece.length ? piece : piece.slice(0, filled);
    piece = new Uint8Array(size);
    filled = 0;
    const sent = send(full);
    // Heard when awaited below; never an unhandled rejection meanwhile.
    sent.catch(() => undefined);
    sending.push(sent);
    if (sending.length >= inFlight) await sending.shift();
  };
  return new WritableStream<Uint8Array>({
    async write(chunk) {
      let at = 0;
      while (at < chunk.length) {
        const take = Math.min(chunk.length - at, piece.length - filled);
        piece.set(chunk.subarray(at, at + take), filled);
        filled += take;
        at += take;
        if (filled === piece.length) await flush();
      }
    },
    async close() {
      await flush();
      while (sending.length > 0) await sending.shift();
    },
  });
}
