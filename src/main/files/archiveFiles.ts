import { constants } from 'node:fs';
import { createHash, randomUUID, webcrypto, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { NewHasher } from '@shared/journalArchive/hashing';
import { openJournalArchive, type OpenArchiveResult, type RandomAccessBytes } from '@shared/journalArchive/readJournalArchive';
import { startAtomicWrite, type AtomicWrite } from './atomicWrite';
import { NotARegularFile } from './readLimitedFile';

/**
 * Node's own SHA-256, native and several times faster than hashing in script. Bytes that come in one
 * piece (nearly every attachment: pieces are 4 MiB) are hashed by Web Crypto's digest, which runs on
 * libuv's thread pool: the main thread reads and writes the next entries meanwhile. Bytes in
 * several pieces are hashed as they come, so nothing larger than a piece is held.
 */
export const nodeHasher: NewHasher = () => {
  let first: Uint8Array | null = null;
  let hash: Hash | null = null;
  return {
    update: (bytes) => {
      if (hash) hash.update(bytes);
      else if (first) {
        hash = createHash('sha256').update(first).update(bytes);
        first = null;
      } else first = bytes;
    },
    hex: async () => {
      if (hash) return hash.digest('hex');
      const whole = first ?? new Uint8Array(0);
      first = null;
      return Buffer.from(await webcrypto.subtle.digest('SHA-256', whole as Uint8Array<ArrayBuffer>)).toString('hex');
    },
  };
};

/** A file on disk as bytes read at any offset (for the shared archive reader). */
export function fileSource(handle: FileHandle, size: number): RandomAccessBytes {
  return {
    size,
    read: async (offset, length) => {
      // Not zero-filled first (gigabytes of archive pass through here, every byte then read over);
      // only the part the file filled is ever returned.
      const bytes: Uint8Array = Buffer.allocUnsafeSlow(Math.max(0, Math.min(length, size - offset)));
      let filled = 0;
      while (filled < bytes.length) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, offset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === bytes.length ? bytes : bytes.subarray(0, filled);
    },
  };
}

/** Opens a regular file for reading without blocking (a FIFO would otherwise wait for a writer). */
async function openRegularFile(path: string): Promise<{ handle: FileHandle; size: number }> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw new NotARegularFile(path);
  }
  return { handle, size: info.size };
}

/** Whether the file at `path` starts like a zip (`PK\x03\x04`, or `PK\x05\x06` for an empty one). */
export async function looksLikeZip(path: string): Promise<boolean> {
  const { handle } = await openRegularFile(path);
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
  } finally {
    await handle.close();
  }
}

/** Checks a whole archive on disk, as an import would (used to verify a backup once written). */
export async function verifyArchiveFile(path: string): Promise<OpenArchiveResult> {
  const { handle, size } = await openRegularFile(path);
  try {
    return await openJournalArchive(fileSource(handle, size), nodeHasher);
  } finally {
    await handle.close();
  }
}

export class UnknownArchiveHandle extends Error {
  constructor() {
    super('This archive is no longer open; start again');
  }
}

/** How many archives may be open at once, each way: one window does one export and one import at a time. */
const MAX_OPEN = 8;

/**
 * The archives being written (automatic backups, which main fills from the attachment files) and
 * read (archives the user picked to import), by an id the main process made. The window never names
 * a path: it gets an id for a file main opened (a backup it began, a file picked in main's dialog),
 * and can only have main fill that one (written atomically) or read from it.
 */
export class ArchiveFiles {
  private readonly writing = new Map<string, { path: string; file: AtomicWrite; written: number; queue: Promise<void>; owner: number | null }>();
  private readonly reading = new Map<string, { handle: FileHandle; size: number; owner: number | null }>();

  /**
   * Starts writing an archive at `path` (a backup's: exports the user saves are written by main
   * straight from the attachment files). `owner` is the window's webContents id: when that window
   * goes away, what it left open is let go (releaseOwner).
   */
  async beginExport(path: string, { owner = null }: { owner?: number | null } = {}): Promise<string> {
    if (this.writing.size >= MAX_OPEN) throw new Error('Too many exports are under way; finish or cancel one first');
    const id = randomUUID();
    this.writing.set(id, { path, file: await startAtomicWrite(path), written: 0, queue: Promise.resolve(), owner });
    return id;
  }

  /** The ids of the archives under way (one backup at a time: a new one replaces a stale one). */
  openExports(): string[] {
    return [...this.writing.keys()];
  }

  /** Everything a window that went away (closed, crashed) left open: unfinished archives are removed, files closed. */
  async releaseOwner(owner: number): Promise<void> {
    for (const [id, export_] of [...this.writing]) if (export_.owner === owner) await this.abortExport(id);
    for (const [id, archive] of [...this.reading]) if (archive.owner === owner) await this.close(id);
  }

  /**
   * Fills an archive begun whole, by `write` (main writing it from the attachment files): only
   * while nothing has been written to it. Returns its size.
   */
  async writeWhole(id: string, write: (handle: FileHandle) => Promise<number>): Promise<number> {
    const export_ = this.writing.get(id);
    if (!export_) throw new UnknownArchiveHandle();
    const whole = async () => {
      if (this.writing.get(id) !== export_) throw new UnknownArchiveHandle();
      if (export_.written > 0) throw new Error('This archive has been written to already');
      export_.written = await write(export_.file.handle);
      return export_.written;
    };
    const written = export_.queue.then(whole);
    export_.queue = written.then(
      () => undefined,
      () => undefined,
    );
    try {
      return await written;
    } catch (error) {
      // Let go of meanwhile (a newer backup replaced it, its window went away): that, not the write, is why.
      if (this.writing.get(id) !== export_) throw new UnknownArchiveHandle();
      await this.abortExport(id);
      throw error;
    }
  }

  /** Finishes an export: flushed and renamed over the target. Returns where it was saved and how large it is. */
  async finishExport(id: string): Promise<{ path: string; size: number }> {
    const export_ = this.writing.get(id);
    if (!export_) throw new UnknownArchiveHandle();
    await export_.queue;
    if (this.writing.get(id) !== export_) throw new UnknownArchiveHandle();
    this.writing.delete(id);
    await export_.file.commit();
    return { path: export_.path, size: export_.written };
  }

  async abortExport(id: string): Promise<void> {
    const export_ = this.writing.get(id);
    this.writing.delete(id);
    await export_?.file.discard();
  }

  async openForReading(path: string, owner: number | null = null): Promise<{ archiveId: string; name: string; size: number }> {
    if (this.reading.size >= MAX_OPEN) {
      // The oldest was left open by a window that went away: let it go.
      const [oldest] = this.reading.keys();
      if (oldest) await this.close(oldest);
    }
    const { handle, size } = await openRegularFile(path);
    const archiveId = randomUUID();
    this.reading.set(archiveId, { handle, size, owner });
    return { archiveId, name: basename(path), size };
  }

  async read(id: string, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
    const archive = this.reading.get(id);
    if (!archive) throw new UnknownArchiveHandle();
    return (await fileSource(archive.handle, archive.size).read(offset, length)) as Uint8Array<ArrayBuffer>;
  }

  /** An opened archive as bytes read at any offset (main's own import reads it without the window). */
  sourceOf(id: string): RandomAccessBytes {
    const archive = this.reading.get(id);
    if (!archive) throw new UnknownArchiveHandle();
    return fileSource(archive.handle, archive.size);
  }

  async close(id: string): Promise<void> {
    const archive = this.reading.get(id);
    this.reading.delete(id);
    await archive?.handle.close().catch(() => undefined);
  }
}
