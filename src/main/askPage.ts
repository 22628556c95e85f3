import { MainMessage } from '@shared/ipc/channels';

/** What asking the page needs of the window: its page. */
export interface AskedWindow {
  webContents: { send(channel: string, ...args: unknown[]): void };
}

/**
 * "Export all deadlines…" in the application menu: the window is brought forward (the save dialog
 * and the progress belong to it) and its page asked to run the export its button runs — the page
 * holds the journal; main only saves the file where the user says.
 */
export function askPageToExportDeadlines(bringToFront: () => Promise<AskedWindow>): () => Promise<void> {
  return async () => {
    const window = await bringToFront();
    window.webContents.send(MainMessage.exportAllDeadlines);
  };
}
