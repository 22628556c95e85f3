import { notZipReason } from '@shared/journalArchive/archiveProblem';
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { MAX_JOURNAL_FILE_BYTES } from '@shared/journalFile/journalFileLimits';
import { decodeStrictUtf8 } from '@shared/journalFile/strictUtf8';
import { backupFileName, isBackupDue, nextBackupDueAt, parseBackupName, planRotation } from '@shared/backupPolicy';
import type { BackupEntry, BackupFailure, BackupFailureReason, BackupReadResult } from '@shared/ipc/contract';
import { FileInUse, sweepTemporaryFiles } from './atomicWrite';
import { verifyArchiveFile, type ArchiveFiles } from './archiveFiles';
import { NotAJournal, countJournalCases } from './journalCaseCount';
import { NotARegularFile, readTextFileWithin } from './readLimitedFile';

/** Backups that held more cases than the newest, moved out of rotation's way; never deleted by the app. */
export const KEPT_FOLDER = 'kept';

export class BackupVerificationFailed extends Error {}

/** The backups in `folder` and in its `kept` folder, newest first. Anything not ours is left alone. */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  const entries = [...(await listFolder(folder, false)), ...(await listFolder(join(folder, KEPT_FOLDER), true))];
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

async function listFolder(folder: string, kept: boolean): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    try {
      // lstat: a symbolic link is not a backup of ours (and a dangling one cannot be measured).
      const info = await lstat(join(folder, name));
      if (!info.isFile()) continue;
      entries.push({ name, kept, createdAt: parsed.createdAt, caseCount: parsed.caseCount, size: info.size });
    } catch {
      // Removed between listing the folder and looking at the file: it is not there, so not listed.
    }
  }
  return entries;
}

const pathOf = (folder: string, entry: { name: string; kept: boolean }) => join(folder, ...(entry.kept ? [KEPT_FOLDER] : []), entry.name);

/** The decompressed bytes of a gzip file went past what a journal file may be: a gzip bomb, or damage. */
class DecompressedTooLarge extends Error {}

/**
 * Streams the gzip file at `path` through `take`, refusing it as soon as it decompresses to more
 * than `limit` bytes, so a small file that would expand to gigabytes is never held in memory. Only
 * regular files are opened (without blocking, as for imports).
 */
async function gunzipWithin(path: string, limit: number, take: (chunk: Buffer) => void): Promise<void> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new NotARegularFile(path);
    let total = 0;
    try {
      await pipeline(handle.createReadStream({ autoClose: false }), createGunzip(), async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) {
          total += chunk.length;
          if (total > limit) throw new DecompressedTooLarge();
          take(chunk);
        }
      });
    } catch (error) {
      // Stopping the pipeline aborts the streams; the abort may be what it rejects with.
      throw total > limit ? new DecompressedTooLarge() : error;
    }
  } finally {
    await handle.close();
  }
}

/** Reads a backup for restoring, within the journal file limit, whether compressed or not. */
export async function readBackupFile(path: string, name: string, compressed: boolean, limit = MAX_JOURNAL_FILE_BYTES): Promise<BackupReadResult> {
  if (!compressed) return readTextFileWithin(path, limit);
  const chunks: Buffer[] = [];
  try {
    await gunzipWithin(path, limit, (chunk) => chunks.push(chunk));
  } catch (error) {
    if (error instanceof DecompressedTooLarge) return { status: 'tooLarge', name, size: limit + 1, limit };
    if (error instanceof NotARegularFile) throw error;
    throw new BackupVerificationFailed(`The backup ${name} is damaged and cannot be read (${(error as Error).message})`);
  }
  const decoded = decodeStrictUtf8(Buffer.concat(chunks));
  return decoded.ok ? { status: 'opened', name, text: decoded.text } : { status: 'notUtf8', name, offset: decoded.offset };
}

/** How many cases an older backup holds, for one made before counts were in the name; 0 when unreadable. */
async function countBackupFile(folder: string, entry: BackupEntry): Promise<number> {
  try {
    const format = parseBackupName(entry.name)?.format ?? 'json';
    if (format === 'archive') {
      const verified = await verifyArchiveFile(pathOf(folder, entry));
      return verified.ok ? await countJournalCases(verified.archive.journalBytes) : 0;
    }
    const read = await readBackupFile(pathOf(folder, entry), entry.name, format === 'jsonGzip');
    return read.status === 'opened' ? await countJournalCases(new TextEncoder().encode(read.text)) : 0;
  } catch {
    // A file that is not a readable journal holds no cases anyone could restore.
    return 0;
  }
}

export type WriteOutcome = { status: 'written'; backup: BackupEntry } | { status: 'notDue'; nextDueAt: string };

export function failureOf(error: unknown, at: Date): BackupFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason: BackupFailureReason =
    error instanceof NotAJournal
      ? 'notAJournal'
      : error instanceof BackupVerificationFailed
        ? 'damaged'
        : error instanceof FileInUse || code === 'EBUSY'
          ? 'inUse'
          : code === 'ENOSPC' || code === 'EDQUOT'
            ? 'diskFull'
            : code === 'EROFS' || code === 'EACCES' || code === 'EPERM'
              ? 'notAllowed'
              : 'other';
  const detail = error instanceof Error ? error.message : String(error);
  return { at: at.toISOString(), reason, detail: detail.slice(0, 500) };
}

export type BeginOutcome = { status: 'opened'; exportId: string } | { status: 'notDue'; nextDueAt: string };

/** Where a backup is written before it is checked: a name no listing takes for a backup. */
const pendingName = (now: Date) => `.pending-${backupFileName(now, 0)}`;
const isPending = (name: string) => name.startsWith('.pending-journal-backup-');

/**
 * Starts a backup if one is due, and only then: the window then sends the journal archive in
 * pieces (the same channel as an export) and asks finishBackup. The window cannot make the main
 * process write one more backup than is due (each could push an older backup out). A backup
 * begun earlier and never finished (its window went away) is dropped: one backup at a time.
 */
export async function beginBackupIfDue(folder: string, archives: ArchiveFiles, now: Date, owner: number | null = null): Promise<BeginOutcome> {
  const inRotation = (await listBackups(folder)).filter((entry) => !entry.kept);
  if (!isBackupDue(inRotation, now)) return { status: 'notDue', nextDueAt: nextBackupDueAt(inRotation, now) };
  for (const stale of archives.openExports()) await archives.abortExport(stale);
  await mkdir(folder, { recursive: true });
  return { status: 'opened', exportId: await archives.beginExport(join(folder, pendingName(now)), { owner }) };
}

/**
 * Finishes a backup: the archive is flushed and renamed into place under a name no listing takes,
 * then read back whole as an import would read it (every entry against its manifest, every SHA-256),
 * its cases counted from its own journal (refused unless it is a journal), and only then given its
 * name — when it was made and how many cases it holds. Older backups are then rotated by
 * generations; one that would rotate out while holding more cases than the new one goes to `kept/`.
 */
export async function finishBackup(folder: string, archives: ArchiveFiles, exportId: string, now: Date): Promise<WriteOutcome> {
  const { path } = await archives.finishExport(exportId);
  let caseCount: number;
  // The folder is listed once per backup: for "still due" here, and for the rotation after it.
  const listed = await listBackups(folder);
  try {
    const inRotation = listed.filter((entry) => !entry.kept);
    // Another backup landed meanwhile (another window's): this one is not due any more.
    if (!isBackupDue(inRotation, now)) {
      await rm(path, { force: true });
      return { status: 'notDue', nextDueAt: nextBackupDueAt(inRotation, now) };
    }
    const verified = await verifyArchiveFile(path).catch((error: unknown) => ({ ok: false as const, problem: { kind: 'notZip' as const, reason: notZipReason(error) } }));
    if (!verified.ok) throw new BackupVerificationFailed(`The backup did not read back as written (${verified.problem.kind}${'entry' in verified.problem ? `: ${verified.problem.entry}` : ''})`);
    caseCount = await countJournalCases(verified.archive.journalBytes);
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  const name = backupFileName(now, caseCount);
  await rename(path, join(folder, name));
  const info = await lstat(join(folder, name)).catch(() => null);
  if (!info?.isFile()) throw new BackupVerificationFailed(`The backup ${name} was written but is not in the folder`);
  const written: BackupEntry = { name, kept: false, createdAt: parseBackupName(name)!.createdAt, caseCount, size: info.size };
  // The new backup is safe whatever happens here; what could not be tidied now is tidied next time.
  await rotate(folder, [written, ...listed], written, caseCount, now).catch((error: unknown) => console.error('Rotating backups failed', error));
  return { status: 'written', backup: written };
}

/** `all`: the backups as listed for this backup, the new one included (the folder is not listed again). */
async function rotate(folder: string, all: readonly BackupEntry[], written: BackupEntry, caseCount: number, now: Date): Promise<void> {
  let inRotation = all.filter((entry) => !entry.kept);
  const aside = all.filter((entry) => entry.kept);
  let plan = planRotation(inRotation, { name: written.name, caseCount }, now, aside);
  // Backups from before counts were recorded: count those about to go, then decide again.
  const uncounted = [...plan.remove, ...plan.keepAside].filter((entry) => entry.caseCount === null);
  if (uncounted.length > 0) {
    const counts = new Map<string, number>();
    for (const entry of uncounted) counts.set(entry.name, await countBackupFile(folder, entry));
    inRotation = inRotation.map((entry) => (counts.has(entry.name) ? { ...entry, caseCount: counts.get(entry.name)! } : entry));
    plan = planRotation(inRotation, { name: written.name, caseCount }, now, aside);
  }
  for (const entry of plan.keepAside) {
    await mkdir(join(folder, KEPT_FOLDER), { recursive: true });
    await rename(pathOf(folder, entry), join(folder, KEPT_FOLDER, entry.name));
  }
  for (const entry of plan.remove) {
    // One that cannot be removed now is tried again after the next backup; the new one is safe.
    await rm(pathOf(folder, entry), { force: true }).catch(() => undefined);
  }
}

/**
 * Reads one backup by name for restoring; a name that is not a backup's (`../x`, another file) is
 * refused. An archive is opened to be read in pieces, as an archive the user picked; JSON is read whole.
 */
export async function readBackup(folder: string, request: { name: string; kept: boolean }, archives: ArchiveFiles, owner: number | null = null): Promise<BackupReadResult> {
  const parsed = parseBackupName(request.name);
  if (!parsed) throw new Error(`Not a backup: ${request.name}`);
  if (parsed.format === 'archive') return { status: 'archive', ...(await archives.openForReading(pathOf(folder, request), owner)) };
  return readBackupFile(pathOf(folder, request), request.name, parsed.format === 'jsonGzip');
}

/** Start-up: removes what crashed writes left in the backups folder (nothing of ours writes there yet). */
export async function sweepBackupsFolder(folder: string): Promise<void> {
  await sweepTemporaryFiles(folder);
  // Backups written but never checked and named (the app stopped in between).
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter(isPending)) await rm(join(folder, name), { force: true });
  await sweepTemporaryFiles(join(folder, KEPT_FOLDER));
}
