// Kept free of project imports: the crash test runs this file in a child Node process on its own.
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Our temporary files are `.<target name>.<12 hex digits>.tmp`, beside the target. Only names of
 * exactly this shape are ever swept, so a user's own `.tmp` files are never touched.
 */
const temporaryNamePattern = /^\..+\.[0-9a-f]{12}\.tmp$/;
const temporaryNameOf = (target: string) => `.${target}.${randomBytes(6).toString('hex')}.tmp`;

export const isOurTemporaryName = (name: string) => temporaryNamePattern.test(name);

/**
 * Waits before each further attempt to rename over a file another program holds open (antivirus
 * scanning it, OneDrive syncing it): together about 1.5 s, long enough for a scan to let go and
 * short enough that a save still feels like a save.
 */
export const RENAME_RETRY_DELAYS_MS: readonly number[] = [50, 100, 200, 400, 750];

/** Errors with which Windows refuses to replace a file some other program has open. */
const heldByAnotherProgram = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** The target could not be replaced even after waiting: said plainly, with the system's code kept. */
export class FileInUse extends Error {
  readonly code: string;
  constructor(path: string, cause: NodeJS.ErrnoException) {
    super(
      `Could not save over "${basename(path)}": another program (antivirus, OneDrive or another sync app) is using it, or it may not be changed. Close that program or choose another name, then try again.`,
      { cause },
    );
    this.code = cause.code ?? 'EPERM';
  }
}

export interface AtomicWriteOptions {
  /** For tests: the waits between rename attempts. */
  retryDelaysMs?: readonly number[];
  /** For tests: how to wait. */
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

async function renameHoldingOn(from: string, to: string, options: AtomicWriteOptions): Promise<void> {
  const delays = options.retryDelaysMs ?? RENAME_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? sleepFor;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = codeOf(error);
      if (!code || !heldByAnotherProgram.has(code)) throw error;
      const delay = delays[attempt];
      if (delay === undefined) throw new FileInUse(to, error as NodeJS.ErrnoException);
      await sleep(delay);
    }
  }
}

/**
 * Makes a rename durable: until the directory itself is flushed, a power cut can bring back the old
 * name even though the new file's bytes are on disk. Windows cannot open a directory for this (and
 * NTFS journals the rename itself); some file systems refuse to flush a directory: both are skipped.
 */
export async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM', 'EACCES', 'EBADF'].includes(codeOf(error) ?? '')) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A temporary file older than this beside a target being written again is a crash's leftover. */
const STALE_SIBLING_MS = 60 * 60 * 1000;

/**
 * Removes the leftovers of earlier crashed writes to the same target (never those of a write that
 * may still be running elsewhere: only files an hour old). Folders the user picked in a save dialog
 * are not remembered, so they cannot be swept at start-up; this tidies them whenever the same file
 * is saved again.
 */
async function sweepStaleSiblings(path: string, now = Date.now()): Promise<void> {
  const folder = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !isOurTemporaryName(name) || name.length !== prefix.length + 16) continue;
    try {
      const info = await stat(join(folder, name));
      if (info.isFile() && now - info.mtimeMs > STALE_SIBLING_MS) await rm(join(folder, name), { force: true });
    } catch {
      // Gone already, or not ours to remove: either way nothing to tidy.
    }
  }
}

/**
 * Writes a file so that `path` is always either the old file or the complete new one, never half of
 * it: `write` fills a temporary file beside it, which is flushed to disk, given the old file's
 * permissions, renamed over the target (retried while another program holds the target), and the
 * folder flushed so the rename survives a power cut. On failure the temporary file is removed.
 */
export async function writeAtomically(
  path: string,
  write: (handle: FileHandle) => Promise<void>,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const writing = await startAtomicWrite(path, options);
  try {
    await write(writing.handle);
  } catch (error) {
    await writing.discard();
    throw error;
  }
  await writing.commit();
}

/** A file being written atomically in pieces: the target is replaced on `commit`, left alone on `discard`. */
export interface AtomicWrite {
  readonly handle: FileHandle;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Starts writing `path` atomically, for writers that hand their bytes over in pieces (an archive
 * streamed from the window): the same temporary file, flush, permissions, rename and folder flush
 * as writeAtomically, split so the writing can happen between the two.
 */
export async function startAtomicWrite(path: string, options: AtomicWriteOptions = {}): Promise<AtomicWrite> {
  const temporary = join(dirname(path), temporaryNameOf(basename(path)));
  // A replaced file keeps its permissions (someone may have made it read-only to others, or shared it).
  const previousMode = await stat(path).then(
    (info) => (info.isFile() ? info.mode & 0o7777 : undefined),
    () => undefined,
  );
  const handle = await open(temporary, 'wx', 0o600);
  let isOpen = true;
  const discard = async () => {
    if (isOpen) await handle.close().catch(() => undefined);
    isOpen = false;
    await rm(temporary, { force: true });
  };
  return {
    handle,
    discard,
    commit: async () => {
      try {
        if (previousMode !== undefined) await handle.chmod(previousMode);
        await handle.sync();
        await handle.close();
        isOpen = false;
        await renameHoldingOn(temporary, path, options);
      } catch (error) {
        await discard();
        throw error;
      }
      await syncDirectory(dirname(path));
      await sweepStaleSiblings(path);
    },
  };
}

export function writeFileAtomically(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  return writeAtomically(path, (handle) => handle.writeFile(data), options);
}

/**
 * Removes every temporary file of ours in `folder` (only those for the target `of`, when given),
 * whatever its age. Only for start-up, before anything of this app writes there, since it cannot
 * tell a crash's leftover from a write under way. Returns the names removed.
 */
export async function sweepTemporaryFiles(folder: string, of?: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const prefix = of === undefined ? '.' : `.${of}.`;
  for (const name of names.filter((name) => isOurTemporaryName(name) && name.startsWith(prefix))) {
    try {
      await rm(join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // A folder of ours someone named like a temporary file, or a file we may not remove: leave it.
    }
  }
  return removed;
}
