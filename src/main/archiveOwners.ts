import type { IpcSenderContents } from './ipcDispatch';

/**
 * The window an archive request came from, by its webContents id: what it leaves open is let go
 * when it goes away (see releaseArchivesOf in ipcHandlers). Null where the sender has no id (tests).
 */
export function ownerOf(sender: IpcSenderContents | undefined): number | null {
  const id = (sender as { id?: unknown } | undefined)?.id;
  return typeof id === 'number' ? id : null;
}
