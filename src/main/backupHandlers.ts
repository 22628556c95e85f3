import { IpcChannel } from '@shared/ipc/channels';
import type { IpcHandlers } from './ipcDispatch';
import { isBackupDue, listBackups, readBackup, writeBackup } from './files/journalBackups';

type Handlers = Pick<IpcHandlers, typeof IpcChannel.backupStatus | typeof IpcChannel.writeBackup | typeof IpcChannel.readBackup>;

/**
 * Automatic backups in the app's data folder. The renderer owns the journal, so it sends the
 * export; the main process decides when one is due, writes, verifies and rotates.
 */
export function backupHandlers(folder: string, clock: () => Date = () => new Date()): Handlers {
  return {
    [IpcChannel.backupStatus]: async () => ({
      folder: { kind: 'folder', path: folder },
      due: await isBackupDue(folder, clock()),
      backups: await listBackups(folder),
    }),
    [IpcChannel.writeBackup]: ({ contents }) => writeBackup(folder, contents, clock()),
    [IpcChannel.readBackup]: async ({ name }) => ({ name, text: await readBackup(folder, name) }),
  };
}
