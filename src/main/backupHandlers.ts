import { z } from 'zod';
import { IpcChannel } from '@shared/ipc/channels';
import { BackupFailureSchema, type BackupFailure } from '@shared/ipc/contract';
import { isBackupDue, nextBackupDueAt } from '@shared/backupPolicy';
import type { IpcHandlers } from './ipcDispatch';
import { basename, dirname, join } from 'node:path';
import { sweepTemporaryFiles, writeFileAtomically } from './files/atomicWrite';
import { readTextFileWithin } from './files/readLimitedFile';
import { beginBackupIfDue, failureOf, finishBackup, listBackups, readBackup, sweepBackupsFolder } from './files/journalBackups';
import { ArchiveFiles, UnknownArchiveHandle } from './files/archiveFiles';
import { AttachmentStore } from './files/attachmentStore';
import { writeArchiveToFile } from './files/archiveFromStore';
import { ownerOf } from './archiveOwners';

type Handlers = Pick<
  IpcHandlers,
  | typeof IpcChannel.backupStatus
  | typeof IpcChannel.beginBackup
  | typeof IpcChannel.writeBackupFromFiles
  | typeof IpcChannel.finishBackup
  | typeof IpcChannel.readBackup
  | typeof IpcChannel.recordBackupFailure
>;

/** What the last attempts came to, kept across restarts so a failure is still shown after one. */
const OutcomesSchema = z.object({ lastSuccess: z.string().nullable(), lastFailure: BackupFailureSchema.nullable() });
type Outcomes = z.infer<typeof OutcomesSchema>;

async function loadOutcomes(file: string | undefined): Promise<Outcomes> {
  const none: Outcomes = { lastSuccess: null, lastFailure: null };
  if (!file) return none;
  try {
    const read = await readTextFileWithin(file, 64 * 1024);
    if (read.status !== 'opened') return none;
    const parsed = OutcomesSchema.safeParse(JSON.parse(read.text));
    return parsed.success ? parsed.data : none;
  } catch {
    return none;
  }
}

export interface BackupHandlerOptions {
  clock?: () => Date;
  /** Where the last success and failure are remembered (beside the backups folder, not in it). */
  outcomesFile?: string;
  /** The archives being written and read, shared with exports. */
  archives?: ArchiveFiles;
  /** The attachment files a backup's archive is written from (the data folder's `attachments/`, beside `backups/`, unless told). */
  store?: AttachmentStore;
}

/**
 * Automatic backups in the app's data folder, as journal archives. The renderer owns the journal's
 * records, so it makes journal.json; the main process alone decides whether one is due, writes the
 * archive from journal.json and the attachment files, reads it back, counts, names and rotates.
 * Everything touching the folder runs one at a time, starting with the sweep of what crashed
 * writes left, so two requests can never both find a backup due.
 */
export function backupHandlers(
  folder: string,
  { clock = () => new Date(), outcomesFile, archives = new ArchiveFiles(), store = new AttachmentStore(join(dirname(folder), 'attachments')) }: BackupHandlerOptions = {},
): Handlers {
  // The outcomes file lives in the data folder among Chromium's files: only its own leftovers go.
  const sweep = Promise.all([sweepBackupsFolder(folder), outcomesFile && sweepTemporaryFiles(dirname(outcomesFile), basename(outcomesFile))]);
  let queue: Promise<unknown> = sweep.catch((error: unknown) => console.error('Sweeping the backups folder failed', error));
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  const outcomes = sweep.then(() => loadOutcomes(outcomesFile), () => loadOutcomes(outcomesFile));
  const remember = async (change: Partial<Outcomes>) => {
    const next = Object.assign(await outcomes, change);
    // Best effort: the disk that refused the backup may refuse this too; the app still shows it now.
    if (outcomesFile) await writeFileAtomically(outcomesFile, JSON.stringify(next)).catch(() => undefined);
  };
  const fail = async (error: unknown) => {
    await remember({ lastFailure: failureOf(error, clock()) });
    throw error;
  };

  return {
    [IpcChannel.backupStatus]: () =>
      oneAtATime(async () => {
        const now = clock();
        const backups = await listBackups(folder);
        const inRotation = backups.filter((entry) => !entry.kept);
        const { lastSuccess, lastFailure } = await outcomes;
        const newest = inRotation.map((entry) => entry.createdAt).find((createdAt) => Date.parse(createdAt) <= now.getTime());
        return {
          folder: { kind: 'folder', path: folder },
          due: isBackupDue(inRotation, now),
          nextDueAt: nextBackupDueAt(inRotation, now),
          backups,
          lastSuccess: [lastSuccess, newest].filter((at) => at != null).sort().at(-1) ?? null,
          lastFailure,
        };
      }),
    [IpcChannel.beginBackup]: (_request, sender) => oneAtATime(() => beginBackupIfDue(folder, archives, clock(), ownerOf(sender)).catch(fail)),
    // Not one at a time with the rest: only the backup begun (its file, named by no listing) is written.
    [IpcChannel.writeBackupFromFiles]: async ({ exportId, journal, attachments }) => {
      await archives
        .writeWhole(exportId, (handle) => writeArchiveToFile(handle, journal, attachments, store, { now: clock() }))
        // A backup replaced by a newer one (another window's) did not fail: that one goes on.
        .catch((error: unknown) => (error instanceof UnknownArchiveHandle ? Promise.reject(error) : fail(error)));
      return undefined;
    },
    [IpcChannel.finishBackup]: ({ exportId }) =>
      oneAtATime(async () => {
        const now = clock();
        const outcome = await finishBackup(folder, archives, exportId, now).catch(fail);
        if (outcome.status === 'written') await remember({ lastSuccess: now.toISOString() });
        return outcome;
      }),
    [IpcChannel.readBackup]: (request, sender) => oneAtATime(() => readBackup(folder, request, archives, ownerOf(sender))),
    [IpcChannel.recordBackupFailure]: async ({ detail }) => {
      const failure: BackupFailure = { at: clock().toISOString(), reason: 'export', detail };
      await remember({ lastFailure: failure });
      return undefined;
    },
  };
}
