import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  ArchiveManifestSchema,
  JOURNAL_ENTRY,
  MANIFEST_ENTRY,
  MAX_ARCHIVE_ENTRIES,
  MAX_ARCHIVED_ATTACHMENT_BYTES,
  MAX_ARCHIVED_JOURNAL_BYTES,
  MAX_COMPRESSION_RATIO,
  MAX_MANIFEST_BYTES,
  attachmentEntryHash,
  unsafeEntryName,
  type ArchiveManifest,
  type ManifestFile,
} from './archiveFormat';
import { ArchiveRefused, damagedEntryReason, notZipReason, type ArchiveProblem } from './archiveProblem';
import type { NewHasher } from './hashing';
import { Reader, ZipReader, type Entry, type FileEntry } from './zipLibrary';

/** Bytes that can be read at any offset: a file on disk, a File picked in a browser. */
export interface RandomAccessBytes {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Told how many of the archive's bytes have been checked, of how many. */
export type ArchiveProgress = (checked: number, total: number) => void;

/** An archive whose every entry matched its manifest: the journal's bytes, and its attachments on demand. */
export interface VerifiedArchive {
  manifest: ArchiveManifest;
  journalBytes: Uint8Array;
  /** The attachments it holds: SHA-256 → size. */
  attachments: ReadonlyMap<string, number>;
  /** An attachment's bytes as they are read, checked again against its size and hash (the file may have changed since). */
  attachmentChunks(sha256: string, signal?: AbortSignal): AsyncGenerator<Uint8Array>;
}

/**
 * Keeps an attachment's bytes while the archive is checked (the main process writes them to the
 * attachment files in the same pass). `chunks` ends only once the entry's size and SHA-256 matched;
 * if they do not, it throws, and the keeper must keep nothing of it. An archive refused later may
 * leave kept bytes that no record names: the caller removes what it added.
 */
export type KeepAttachment = (sha256: string, chunks: AsyncGenerator<Uint8Array>) => Promise<void>;

export type OpenArchiveResult = { ok: true; archive: VerifiedArchive } | { ok: false; problem: ArchiveProblem };

class RandomAccessReader extends Reader<RandomAccessBytes> {
  constructor(private readonly source: RandomAccessBytes) {
    super(source);
    this.size = source.size;
  }
  override async init(): Promise<void> {}
  override readUint8Array(index: number, length: number): Promise<Uint8Array> {
    return this.source.read(index, Math.max(0, Math.min(length, this.size - index)));
  }
}

/** A stored (not compressed, not encrypted) entry's bytes are read straight from the archive in pieces this large. */
const storedPieceBytes = 4 * 1024 * 1024;
const uint16At = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
const localHeaderSignature = [0x50, 0x4b, 0x03, 0x04];

/**
 * The bytes of a stored entry (how attachments are archived), read straight from where its local
 * header says they start, in large pieces: zip.js would pass them through its streams in 256 KiB
 * chunks, which costs more than reading them. Whatever is read here is checked by size and SHA-256
 * against the manifest like any entry's bytes.
 */
async function* storedEntryBytes(source: RandomAccessBytes, entry: FileEntry, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  const header = await source.read(entry.offset, 30);
  if (header.length < 30 || localHeaderSignature.some((byte, at) => header[at] !== byte)) throw new Error('The entry has no local file header where the directory says');
  const start = entry.offset + 30 + uint16At(header, 26) + uint16At(header, 28);
  if (start + entry.compressedSize > source.size) throw new Error('The entry runs past the end of the archive');
  for (let at = 0; at < entry.compressedSize; ) {
    signal?.throwIfAborted();
    const length = Math.min(storedPieceBytes, entry.compressedSize - at);
    const piece = await source.read(start + at, length);
    if (piece.length !== length) throw new Error('The archive ended inside an entry');
    at += length;
    yield piece;
  }
}

const isStored = (entry: FileEntry) => entry.compressionMethod === 0 && !entry.encrypted && entry.compressedSize === entry.uncompressedSize && !entry.diskNumberStart;

async function* checkedStoredChunks(source: RandomAccessBytes, entry: FileEntry, expected: ManifestFile, newHasher: NewHasher, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  const hasher = newHasher();
  let total = 0;
  try {
    for await (const piece of storedEntryBytes(source, entry, signal)) {
      total += piece.length;
      if (total > expected.size) throw new ArchiveRefused({ kind: 'sizeMismatch', entry: expected.name });
      hasher.update(piece);
      yield piece;
    }
  } catch (error) {
    if (error instanceof ArchiveRefused || signal?.aborted) throw error;
    throw new ArchiveRefused({ kind: 'damagedEntry', entry: expected.name, reason: damagedEntryReason(error) });
  }
  if (total !== expected.size) throw new ArchiveRefused({ kind: 'sizeMismatch', entry: expected.name });
  if ((await hasher.hex()) !== expected.sha256) throw new ArchiveRefused({ kind: 'hashMismatch', entry: expected.name });
}

/** Streams one entry, refusing it as soon as it grows past `expected.size`, then checks size and hash. */
async function* checkedChunks(entry: FileEntry, expected: ManifestFile, newHasher: NewHasher, signal?: AbortSignal, source?: RandomAccessBytes): AsyncGenerator<Uint8Array> {
  if (source && isStored(entry)) {
    yield* checkedStoredChunks(source, entry, expected, newHasher, signal);
    return;
  }
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const reader = readable.getReader();
  let failure: unknown = null;
  // The size and the SHA-256 are checked against the manifest here; zip.js's CRC-32 would check the
  // same bytes again, far more weakly, at a third of the cost of reading them, so it is not asked for
  // (the manifest, which has no hash, is CRC-checked). A read that fails may never touch the stream:
  // the reader is cancelled so the loop below ends either way.
  const reading = entry.getData(writable, { checkSignature: false, signal: stop.signal }).catch((error: unknown) => {
    failure = error;
    void reader.cancel().catch(() => undefined);
  });
  const hasher = newHasher();
  let total = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      total += chunk.length;
      if (total > expected.size) throw new ArchiveRefused({ kind: 'sizeMismatch', entry: expected.name });
      hasher.update(chunk);
      yield chunk;
    }
    await reading;
    finished = true;
  } catch (error) {
    if (error instanceof ArchiveRefused || signal?.aborted) throw error;
    throw new ArchiveRefused({ kind: 'damagedEntry', entry: expected.name, reason: damagedEntryReason(failure ?? error) });
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (!finished) {
      stop.abort();
      void reader.cancel().catch(() => undefined);
      await reading;
    }
  }
  // Cancelled while the zip library was reading: its failure is the cancel, not damage.
  signal?.throwIfAborted();
  if (failure) throw new ArchiveRefused({ kind: 'damagedEntry', entry: expected.name, reason: damagedEntryReason(failure) });
  if (total !== expected.size) throw new ArchiveRefused({ kind: 'sizeMismatch', entry: expected.name });
  if ((await hasher.hex()) !== expected.sha256) throw new ArchiveRefused({ kind: 'hashMismatch', entry: expected.name });
}

async function wholeEntry(entry: FileEntry, expected: ManifestFile, newHasher: NewHasher, signal?: AbortSignal): Promise<Uint8Array> {
  const bytes = new Uint8Array(expected.size);
  let at = 0;
  for await (const chunk of checkedChunks(entry, expected, newHasher, signal)) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The manifest, read within its limit and checked against its schema. */
async function readManifest(entry: FileEntry): Promise<ArchiveManifest> {
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES) {
    throw new ArchiveRefused({ kind: 'entryTooLarge', entry: MANIFEST_ENTRY, size: entry.uncompressedSize, limit: MAX_MANIFEST_BYTES });
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const reader = readable.getReader();
  let failure: unknown = null;
  const reading = entry.getData(writable, { checkSignature: true }).catch((error: unknown) => {
    failure = error;
    void reader.cancel().catch(() => undefined);
  });
  try {
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      total += chunk.length;
      if (total > MAX_MANIFEST_BYTES) throw new ArchiveRefused({ kind: 'entryTooLarge', entry: MANIFEST_ENTRY, size: total, limit: MAX_MANIFEST_BYTES });
      chunks.push(chunk);
    }
    await reading;
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    if (error instanceof ArchiveRefused) throw error;
    throw new ArchiveRefused({ kind: 'damagedEntry', entry: MANIFEST_ENTRY, reason: damagedEntryReason(error) });
  }
  if (failure) throw new ArchiveRefused({ kind: 'damagedEntry', entry: MANIFEST_ENTRY, reason: damagedEntryReason(failure) });
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer()));
  } catch {
    throw new ArchiveRefused({ kind: 'badManifest', reason: 'notJson' });
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if ((raw as { format?: unknown } | null)?.format === ARCHIVE_FORMAT && typeof version === 'number' && version > ARCHIVE_FORMAT_VERSION) {
    throw new ArchiveRefused({ kind: 'newerArchive', version, supported: ARCHIVE_FORMAT_VERSION });
  }
  const parsed = ArchiveManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ArchiveRefused({ kind: 'badManifest', reason: 'shape', field: issue?.path.join('.') || 'manifest' });
  }
  return parsed.data;
}

/** Entry by entry, what the zip's central directory says against what the manifest says. */
function checkAgainstManifest(entries: Map<string, FileEntry>, manifest: ArchiveManifest): void {
  const listed = new Set<string>();
  for (const file of manifest.files) {
    if (listed.has(file.name)) throw new ArchiveRefused({ kind: 'duplicateEntry', entry: file.name });
    listed.add(file.name);
    const hash = attachmentEntryHash(file.name);
    // Only the journal and attachments named by their own hash belong in an archive.
    if (file.name !== JOURNAL_ENTRY && hash === null) throw new ArchiveRefused({ kind: 'unlistedEntry', entry: file.name });
    if (hash !== null && hash !== file.sha256) throw new ArchiveRefused({ kind: 'hashMismatch', entry: file.name });
    const entry = entries.get(file.name);
    if (!entry) throw new ArchiveRefused({ kind: 'missingEntry', entry: file.name });
    const limit = file.name === JOURNAL_ENTRY ? MAX_ARCHIVED_JOURNAL_BYTES : MAX_ARCHIVED_ATTACHMENT_BYTES;
    if (file.size > limit) throw new ArchiveRefused({ kind: 'entryTooLarge', entry: file.name, size: file.size, limit });
    // The central directory's declared size must be the manifest's; the bytes are counted as they come too.
    if (entry.uncompressedSize !== file.size) throw new ArchiveRefused({ kind: 'sizeMismatch', entry: file.name });
    if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > entry.compressedSize * MAX_COMPRESSION_RATIO) {
      throw new ArchiveRefused({ kind: 'compressionRatio', entry: file.name });
    }
  }
  if (!listed.has(JOURNAL_ENTRY)) throw new ArchiveRefused({ kind: 'noJournal' });
  for (const name of entries.keys()) {
    if (name !== MANIFEST_ENTRY && !listed.has(name)) throw new ArchiveRefused({ kind: 'unlistedEntry', entry: name });
  }
}

function indexEntries(all: Entry[]): Map<string, FileEntry> {
  if (all.length > MAX_ARCHIVE_ENTRIES + 1) throw new ArchiveRefused({ kind: 'badManifest', reason: 'tooManyEntries', limit: MAX_ARCHIVE_ENTRIES });
  const byName = new Map<string, FileEntry>();
  for (const entry of all) {
    const name = entry.filename;
    if (unsafeEntryName(name)) throw new ArchiveRefused({ kind: 'unsafeEntry', entry: name });
    if (byName.has(name)) throw new ArchiveRefused({ kind: 'duplicateEntry', entry: name });
    if (entry.directory) throw new ArchiveRefused({ kind: 'unlistedEntry', entry: name });
    if (entry.encrypted) throw new ArchiveRefused({ kind: 'encryptedEntry', entry: name });
    byName.set(name, entry);
  }
  return byName;
}

export interface OpenArchiveOptions {
  onProgress?: ArchiveProgress;
  signal?: AbortSignal;
  keepAttachment?: KeepAttachment;
  /** How many attachments are checked (and kept) at once; 1 unless the keeper gains from more (files written on a thread pool). */
  parallel?: number;
}

/**
 * Opens an archive (untrusted) and checks all of it before anything is imported: every entry's
 * name, that the zip holds exactly what its manifest lists, each declared size against the manifest
 * and the bytes actually read, the compression ratio, the CRC-32 and every SHA-256. The journal's
 * bytes are kept; attachments are read again when imported (and checked again as they are).
 */
export async function openJournalArchive(
  source: RandomAccessBytes,
  newHasher: NewHasher,
  { onProgress, signal, keepAttachment, parallel = 1 }: OpenArchiveOptions = {},
): Promise<OpenArchiveResult> {
  try {
    let all: Entry[];
    try {
      all = await new ZipReader(new RandomAccessReader(source)).getEntries();
    } catch (error) {
      // zip.js refuses absolute and `..` names itself, naming the entry; the names are checked here again.
      const unsafe = (error as { filename?: unknown } | null)?.filename;
      if (typeof unsafe === 'string') throw new ArchiveRefused({ kind: 'unsafeEntry', entry: unsafe });
      throw new ArchiveRefused({ kind: 'notZip', reason: notZipReason(error) });
    }
    const entries = indexEntries(all);
    const manifestEntry = entries.get(MANIFEST_ENTRY);
    if (!manifestEntry) throw new ArchiveRefused({ kind: 'noManifest' });
    const manifest = await readManifest(manifestEntry);
    checkAgainstManifest(entries, manifest);

    const total = manifest.files.reduce((sum, file) => sum + file.size, 0);
    let checked = 0;
    onProgress?.(0, total);
    let journalBytes: Uint8Array | null = null;
    const attachments = new Map<string, number>();
    // Stops the attachments under way at once when one fails (or the caller cancels): an archive
    // already refused is not read further.
    const stopChecking = new AbortController();
    const cancelled = () => stopChecking.abort(signal?.reason);
    signal?.addEventListener('abort', cancelled, { once: true });
    const checkAttachment = async (file: ManifestFile, entry: FileEntry) => {
      let verified = false;
      const counted = (async function* () {
        for await (const chunk of checkedChunks(entry, file, newHasher, stopChecking.signal, source)) {
          checked += chunk.length;
          onProgress?.(checked, total);
          yield chunk;
        }
        verified = true;
      })();
      if (keepAttachment) await keepAttachment(file.sha256, counted);
      // Whatever the keeper did not read (bytes it holds already) is read, and so checked, here.
      for await (const chunk of counted) void chunk;
      // A keeper that stopped reading part way closed the entry unchecked: that is a fault, never a pass.
      if (!verified) throw new Error(`The attachment ${file.name} was not read to its end`);
      attachments.set(file.sha256, file.size);
    };
    // Attachments are checked `parallel` at a time (one's bytes read while another's are hashed and
    // another's written). The first failure stops the loop; those under way are waited for, so the
    // caller's clean-up sees everything that was kept.
    const underWay = new Set<Promise<void>>();
    let failed: { error: unknown } | null = null;
    try {
      for (const file of manifest.files) {
        if (failed) break;
        signal?.throwIfAborted();
        const entry = entries.get(file.name)!;
        if (file.name === JOURNAL_ENTRY) {
          journalBytes = await wholeEntry(entry, file, newHasher, signal);
          checked += file.size;
          onProgress?.(checked, total);
          continue;
        }
        const task: Promise<void> = checkAttachment(file, entry).then(
          () => void underWay.delete(task),
          (error: unknown) => {
            failed ??= { error };
            stopChecking.abort(new DOMException('Another attachment of the archive was refused', 'AbortError'));
            underWay.delete(task);
          },
        );
        underWay.add(task);
        while (underWay.size >= parallel) await Promise.race(underWay);
      }
    } finally {
      await Promise.all(underWay);
      signal?.removeEventListener('abort', cancelled);
    }
    if (failed) throw (failed as { error: unknown }).error;
    const byHash = new Map(manifest.files.map((file) => [file.sha256, file] as const));
    return {
      ok: true,
      archive: {
        manifest,
        journalBytes: journalBytes!,
        attachments,
        attachmentChunks(sha256, chunkSignal) {
          const file = byHash.get(sha256);
          if (!file || !attachments.has(sha256)) throw new ArchiveRefused({ kind: 'missingEntry', entry: `attachments/${sha256}` });
          return checkedChunks(entries.get(file.name)!, file, newHasher, chunkSignal, source);
        },
      },
    };
  } catch (error) {
    // A cancel is never reported as a fault of the archive, whatever the reading made of it (the
    // file may have been let go of under the reader, which then finds no zip).
    signal?.throwIfAborted();
    if (error instanceof ArchiveRefused) return { ok: false, problem: error.problem };
    throw error;
  }
}
