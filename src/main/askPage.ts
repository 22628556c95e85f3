import { IpcChannel, MainMessage } from '@shared/ipc/channels';
import type { IpcHandlers } from './ipcDispatch';

/** What asking the page needs of the window: its page, which may still be loading. */
export interface AskedWindow {
  webContents: { isLoading(): boolean; send(channel: string, ...args: unknown[]): void };
}

/**
 * "Export all deadlines…" in the application menu: the window is brought forward (opened if it was
 * closed; the save dialog and the progress belong to it) and its page runs the export its button
 * runs — the page holds the journal; main only saves the file where the user says. The ask waits
 * here until the page takes it (`take`): a page listens only once its journal is open, well after
 * the document has loaded, so a message alone could reach nobody. A page already listening is told
 * at once and takes it; a page still starting takes it when it is ready.
 */
export function askPageToExportDeadlines(bringToFront: () => Promise<AskedWindow>) {
  let asked = false;
  return {
    async ask(): Promise<void> {
      const window = await bringToFront();
      asked = true;
      if (!window.webContents.isLoading()) window.webContents.send(MainMessage.exportAllDeadlines);
    },
    /** Whether an export was asked for since the page last took it (handed over once). */
    take(): boolean {
      const was = asked;
      asked = false;
      return was;
    },
  };
}

export type DeadlineExportAsk = ReturnType<typeof askPageToExportDeadlines>;

export function deadlineExportHandlers(ask: Pick<DeadlineExportAsk, 'take'>): Pick<IpcHandlers, typeof IpcChannel.takeDeadlineExportAsk> {
  return { [IpcChannel.takeDeadlineExportAsk]: async () => ask.take() };
}
