import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, utimes, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory, writeAtomically } from './atomicWrite';

const sha256Pattern = /^[0-9a-f]{64}$/;
/** `<64 hex>.bin`: the only names the store reads, keeps or removes in its folders. */
const storedNamePattern = /^([0-9a-f]{64})\.bin$/;
/** `.<64 hex>.<12 hex>.tmp`: a file being written (or a crash's leftover). */
const temporaryNamePattern = /^\.[0-9a-f]{64}\.[0-9a-f]{12}\.tmp$/;

/**
 * A file younger than this is never collected as garbage: its record may not be committed yet (an
 * attachment is written to the store before the transaction that names it). Putting bytes that are
 * already stored makes their file young again, for the same reason.
 */
export const GARBAGE_GRACE_MS = 60 * 60 * 1000;

/** Bytes that are not what their name says: refused, nothing is kept. */
export class AttachmentHashMismatch extends Error {
  constructor(readonly expected: string) {
    super(`The bytes given for the attachment ${expected.slice(0, 12)}… do not have that SHA-256`);
  }
}

export class AttachmentFileMissing extends Error {
  constructor(readonly sha256: string) {
    super(`No attachment file holds the bytes ${sha256.slice(0, 12)}…`);
  }
}

export class NotASha256 extends Error {
  constructor() {
    super('An attachment is named by its SHA-256: 64 lowercase hex digits');
  }
}

function checkedHash(sha256: string): string {
  if (!sha256Pattern.test(sha256)) throw new NotASha256();
  return sha256;
}

export interface PutOptions {
  /** Flush the file and its folder to disk before it counts as stored (off only where durability is someone else's: a benchmark's seed). */
  sync?: boolean;
  /** The pieces check their own size and hash and throw when they fail (an archive's entry): not hashed twice. */
  hashChecked?: boolean;
}

/** Files written one after another and named in groups: see AttachmentStore.batch. */
export interface PutBatch {
  put(sha256: string, pieces: AsyncIterable<Uint8Array>, options?: { hashChecked?: boolean }): Promise<PutOutcome>;
  /** Flushes and names every file not named yet. */
  finish(): Promise<void>;
  /** Removes every file not named yet. */
  discard(): Promise<void>;
  /** The hashes of the files this batch has named so far. */
  readonly named: readonly string[];
}

interface UnnamedFile {
  sha256: string;
  size: number;
  folder: string;
  /** Flushes the file's bytes to disk (unless `sync` is false) and closes it; its name is not given yet. */
  flush(sync?: boolean): Promise<void>;
  /** Closes it and gives it its name. */
  name(): Promise<void>;
  discard(): Promise<void>;
}

/** What putting bytes did: written now, or already stored (by an attachment with the same bytes). */
export type PutOutcome = 'added' | 'present';

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, at, bytes.length - at);
    at += bytesWritten;
  }
}

/**
 * Attachment bytes as files in the data folder, named by their SHA-256: `<folder>/ab/abcdef….bin`.
 * Bytes shared by two attachments are one file. A file is written under a temporary name, its hash
 * checked as it is written, flushed to disk and only then renamed to its name — so a file of the
 * store's is always whole and always what its name says, whatever crash came before. IndexedDB (the
 * renderer's) keeps which attachment names which bytes; the store never learns about attachments,
 * only about the hashes that are still named (`collectGarbage`).
 */
export class AttachmentStore {
  constructor(readonly folder: string) {}

  pathOf(sha256: string): string {
    checkedHash(sha256);
    return join(this.folder, sha256.slice(0, 2), `${sha256}.bin`);
  }

  /** The size of the stored file, or null when the store does not hold these bytes. */
  async sizeOf(sha256: string): Promise<number | null> {
    try {
      const info = await stat(this.pathOf(sha256));
      return info.isFile() ? info.size : null;
    } catch {
      return null;
    }
  }

  /** Stores bytes whose SHA-256 the caller states; the hash is checked before the file gets its name. */
  put(sha256: string, bytes: Uint8Array): Promise<PutOutcome> {
    return this.putPieces(sha256, (async function* () {
      yield bytes;
    })());
  }

  /**
   * Stores bytes that arrive in pieces (an archive's entry, read from the zip as it is imported).
   * Bytes already stored are not written again (their file is made young again, see GARBAGE_GRACE_MS);
   * the pieces are then not read at all.
   */
  async putPieces(sha256: string, pieces: AsyncIterable<Uint8Array>, { sync = true, hashChecked = false }: PutOptions = {}): Promise<PutOutcome> {
    const written = await this.writeUnnamed(sha256, pieces, hashChecked);
    if (written === 'present') return 'present';
    if (sync) await written.flush();
    await written.name();
    if (sync) await syncDirectory(written.folder);
    return 'added';
  }

  /**
   * Many files in a row (an archive being imported): each is written under its temporary name at
   * once and its flush to disk begun (at most `flushesInFlight` waiting for the disk; the disk
   * merges flushes in flight), and once `files` files or `bytes` bytes are written, or at `finish`,
   * the files are named, their folders flushed once each. `finish` names the last of them;
   * `discard` removes what is not named yet.
   */
  batch({ files = 4096, bytes = 4 * 1024 * 1024 * 1024, sync = true, flushesInFlight = 16 }: { files?: number; bytes?: number; sync?: boolean; flushesInFlight?: number } = {}): PutBatch {
    let pending: (UnnamedFile & { flushed: Promise<void> })[] = [];
    let pendingBytes = 0;
    /** Flushes begun and not yet over, oldest first. */
    const flushing: Promise<void>[] = [];
    const named: string[] = [];
    const nameAll = async () => {
      const now = pending;
      pending = [];
      pendingBytes = 0;
      try {
        await Promise.all(now.map((file) => file.flushed));
      } catch (error) {
        await Promise.all(now.map((file) => file.discard()));
        throw error;
      }
      for (const [index, file] of now.entries()) {
        try {
          await file.name();
        } catch (error) {
          // A rename that failed (a full disk, a folder gone): the files not named yet go now,
          // rather than waiting as temporary files for the next garbage collection.
          await Promise.all(now.slice(index).map((unnamed) => unnamed.discard()));
          throw error;
        }
        named.push(file.sha256);
      }
      // The renames reach the disk together (one flush per folder, all in flight at once; after the
      // first, the rest find little left to write).
      if (sync) await Promise.all([...new Set(now.map((file) => file.folder))].map((folder) => syncDirectory(folder)));
    };
    return {
      named,
      put: async (sha256, pieces, { hashChecked = false } = {}) => {
        if (pending.some((file) => file.sha256 === sha256)) return 'present';
        const written = await this.writeUnnamed(sha256, pieces, hashChecked);
        if (written === 'present') return 'present';
        // Its flush starts now, while the next files are read and written (the disk works while the
        // processor does), and the file is closed once flushed; it is named only after.
        const flushed = written.flush(sync);
        flushed.catch(() => undefined);
        pending.push({ ...written, flushed });
        pendingBytes += written.size;
        flushing.push(flushed);
        void flushed.finally(() => flushing.splice(flushing.indexOf(flushed), 1)).catch(() => undefined);
        // Open files and flushes waiting for the disk stay few.
        while (flushing.length > flushesInFlight) await flushing[0]!.catch(() => undefined);
        if (pending.length >= files || pendingBytes >= bytes) await nameAll();
        return 'added';
      },
      finish: nameAll,
      discard: async () => {
        const now = pending;
        pending = [];
        await Promise.all(now.map((file) => file.flushed.catch(() => undefined).then(() => file.discard())));
      },
    };
  }

  /** Writes the bytes under a temporary name (hash checked), still open and not flushed; or says they are stored already. */
  private async writeUnnamed(sha256: string, pieces: AsyncIterable<Uint8Array>, hashChecked: boolean): Promise<UnnamedFile | 'present'> {
    const target = this.pathOf(sha256);
    if (await this.touchIfPresent(target)) return 'present';
    const folder = join(this.folder, sha256.slice(0, 2));
    await mkdir(folder, { recursive: true });
    const temporary = join(folder, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temporary, 'wx', 0o600);
    let open_ = true;
    const discard = async () => {
      if (open_) await handle.close().catch(() => undefined);
      open_ = false;
      await rm(temporary, { force: true });
    };
    let size = 0;
    try {
      const hash = hashChecked ? null : createHash('sha256');
      for await (const piece of pieces) {
        hash?.update(piece);
        await writeAll(handle, piece);
        size += piece.length;
      }
      if (hash && hash.digest('hex') !== sha256) throw new AttachmentHashMismatch(sha256);
    } catch (error) {
      await discard();
      throw error;
    }
    const close = async () => {
      if (!open_) return;
      open_ = false;
      await handle.close();
    };
    return {
      sha256,
      size,
      folder,
      discard,
      flush: async (sync = true) => {
        try {
          if (sync) await handle.sync();
          await close();
        } catch (error) {
          await discard();
          throw error;
        }
      },
      name: async () => {
        try {
          await close();
          await rename(temporary, target);
        } catch (error) {
          await discard();
          throw error;
        }
      },
    };
  }

  private async touchIfPresent(target: string): Promise<boolean> {
    try {
      const now = new Date();
      await utimes(target, now, now);
      return true;
    } catch {
      return false;
    }
  }

  /** A stored file opened for reading; a file that is not there is said as such. */
  private async openStored(sha256: string): Promise<FileHandle> {
    try {
      return await open(this.pathOf(sha256), constants.O_RDONLY);
    } catch {
      throw new AttachmentFileMissing(sha256);
    }
  }

  /** The whole file (a preview: attachments are 50 MB at most). */
  async read(sha256: string): Promise<Uint8Array<ArrayBuffer>> {
    const handle = await this.openStored(sha256);
    try {
      const size = (await handle.stat()).size;
      const bytes = new Uint8Array(size);
      let filled = 0;
      while (filled < size) {
        const { bytesRead } = await handle.read(bytes, filled, size - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === size ? bytes : bytes.slice(0, filled);
    } finally {
      await handle.close();
    }
  }

  /** The file's bytes in pieces (an archive being written); nothing of it is held whole. */
  async *pieces(sha256: string, pieceBytes = 4 * 1024 * 1024): AsyncGenerator<Uint8Array> {
    const handle = await this.openStored(sha256);
    try {
      const buffer = new Uint8Array(pieceBytes);
      for (let at = 0; ; ) {
        const { bytesRead } = await handle.read(buffer, 0, pieceBytes, at);
        if (bytesRead === 0) return;
        at += bytesRead;
        // Each piece is handed on before the buffer is filled again: the consumer has written it by then.
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
  }

  /** "Save a copy": the file written to where the user chose (atomically), in pieces; no bytes through the window. */
  async copyTo(sha256: string, destination: string): Promise<void> {
    if ((await this.sizeOf(sha256)) === null) throw new AttachmentFileMissing(sha256);
    await writeAtomically(destination, async (handle) => {
      for await (const piece of this.pieces(sha256)) await writeAll(handle, piece);
    });
  }

  /** The hashes of every stored file. */
  async hashes(): Promise<string[]> {
    const found: string[] = [];
    for (const folder of await this.subfolders()) {
      for (const name of await readdir(join(this.folder, folder)).catch(() => [] as string[])) {
        const match = storedNamePattern.exec(name);
        if (match && match[1]!.startsWith(folder)) found.push(match[1]!);
      }
    }
    return found;
  }

  /**
   * Removes the files no attachment names any more (`named` says which are named), and temporary
   * files left by a crash. Files younger than `graceMs` stay (a record naming them may be on its way).
   * Returns the hashes removed.
   */
  async collectGarbage(named: (sha256: string) => boolean, { graceMs = GARBAGE_GRACE_MS, now = Date.now() }: { graceMs?: number; now?: number } = {}): Promise<string[]> {
    const removed: string[] = [];
    for (const folder of await this.subfolders()) {
      const path = join(this.folder, folder);
      for (const name of await readdir(path).catch(() => [] as string[])) {
        const stored = storedNamePattern.exec(name);
        const isTemporary = temporaryNamePattern.test(name);
        if (!stored && !isTemporary) continue;
        if (stored && named(stored[1]!)) continue;
        try {
          // Asked last, just before removing: a put in between made the file young.
          const info = await stat(join(path, name));
          if (!info.isFile() || now - info.mtimeMs < graceMs) continue;
          await rm(join(path, name), { force: true });
          if (stored) removed.push(stored[1]!);
        } catch {
          // Gone already: nothing to collect.
        }
      }
    }
    return removed;
  }

  /** Removes files this process has just added and that no record will name (an import that was refused). */
  async removeAdded(hashes: Iterable<string>): Promise<void> {
    for (const sha256 of hashes) await rm(this.pathOf(sha256), { force: true });
  }

  private async subfolders(): Promise<string[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    return names.filter((name) => /^[0-9a-f]{2}$/.test(name));
  }
}
