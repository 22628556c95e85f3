import { useSyncExternalStore } from 'react';
import { IpcChannel } from '@shared/ipc/channels';
import type { AppInfo, BackupStatus, BackupWriteResult } from '@shared/ipc/contract';
import { desktopBridge } from '@platform';
import type { JournalDatabase } from '../../db/journalDatabase';

/**
 * What the app last heard about its backups, shared by the automatic backups, Settings and the
 * notice that stays while backups fail. The main process is the source of truth; this only holds
 * its latest answer so every part of the interface shows the same.
 */
let current: BackupStatus | null = null;
const listeners = new Set<() => void>();

function publish(status: BackupStatus): BackupStatus {
  current = status;
  for (const listener of listeners) listener();
  return status;
}

export async function refreshBackupStatus(): Promise<BackupStatus> {
  return publish(await desktopBridge.invoke(IpcChannel.backupStatus, undefined));
}

export function useBackupStatus(): BackupStatus | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** Backups are failing when the last attempt failed: after the last success, or with none ever. */
export function isBackupFailing(status: Pick<BackupStatus, 'lastSuccess' | 'lastFailure'> | null): boolean {
  if (!status?.lastFailure) return false;
  return status.lastSuccess === null || Date.parse(status.lastFailure.at) >= Date.parse(status.lastSuccess);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Makes a backup if the main process says one is due: journal.json and the list of attachments are
 * made in a worker, and the main process writes the archive from them and the attachment files into
 * the backup it began, then reads it back, checks, names and rotates it. A failure is recorded where
 * Settings and the notice read it: the main process records its own; one it never saw (the archive
 * could not be made, or a request was refused at the bridge) is reported to it here. Either way the
 * status is fetched again and the error rethrown.
 */
export async function backUpIfDue(db: JournalDatabase, appInfo: Pick<AppInfo, 'name' | 'version'>): Promise<BackupWriteResult> {
  const before = await refreshBackupStatus();
  if (!before.due) return { status: 'notDue', nextDueAt: before.nextDueAt };
  let exportId: string | null = null;
  try {
    const begun = await desktopBridge.invoke(IpcChannel.beginBackup, undefined);
    if (begun.status === 'notDue') return begun;
    exportId = begun.exportId;
    const id = exportId;
    const { archiveJournalInBackground } = await import('../../db/exportInBackground');
    const made = await archiveJournalInBackground(db, { kind: 'all' }, { name: appInfo.name, version: appInfo.version });
    // Main writes the archive from the attachment files: no attachment byte crosses the bridge.
    await desktopBridge.invoke(IpcChannel.writeBackupFromFiles, { exportId: id, journal: made.journal, attachments: made.attachments });
    // Finished (or refused) by the main process from here: nothing left to abort.
    exportId = null;
    const result = await desktopBridge.invoke(IpcChannel.finishBackup, { exportId: id });
    await refreshBackupStatus();
    return result;
  } catch (error) {
    if (exportId) await desktopBridge.invoke(IpcChannel.abortArchiveExport, { exportId }).catch(() => undefined);
    const after = await refreshBackupStatus().catch(() => null);
    if (after && after.lastFailure?.at === before.lastFailure?.at) {
      await desktopBridge.invoke(IpcChannel.recordBackupFailure, { detail: messageOf(error).slice(0, 500) }).catch(() => undefined);
      await refreshBackupStatus().catch(() => undefined);
    }
    throw error;
  }
}
