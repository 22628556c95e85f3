import { join } from 'node:path';
import { app, ipcMain, shell } from 'electron';
import { IpcChannel, type IpcChannelName } from '@shared/ipc/channels';
import { dispatchIpc, type IpcHandlers } from './ipcDispatch';
import { isAppUrl } from './appOrigin';
import { journalFileHandlers } from './journalFileHandlers';
import { backupHandlers } from './backupHandlers';

/** One place that wires every channel; each feature contributes its handlers. */
export function setupIpc(devServerUrl: string | undefined): void {
  const handlers: IpcHandlers = {
    [IpcChannel.getAppInfo]: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      systemLanguages: app.getPreferredSystemLanguages(),
      dataFolder: { kind: 'folder', path: app.getPath('userData') },
    }),
    [IpcChannel.openExternal]: async ({ url }) => {
      await shell.openExternal(url);
      return undefined;
    },
    ...journalFileHandlers(),
    ...backupHandlers(join(app.getPath('userData'), 'backups'), {
      outcomesFile: join(app.getPath('userData'), 'backup-status.json'),
    }),
  };
  const isTrustedFrame = (url: string) => isAppUrl(url, devServerUrl);
  for (const channel of Object.values(IpcChannel) as IpcChannelName[]) {
    ipcMain.handle(channel, dispatchIpc(channel, handlers, isTrustedFrame));
  }
}
