import { MainMessage } from '@shared/ipc/channels';

/** What opening a case needs of the window: its page, which may still be loading. */
export interface ReminderWindow {
  webContents: {
    isLoading(): boolean;
    once(event: 'did-finish-load', listener: () => void): unknown;
    send(channel: string, ...args: unknown[]): void;
  };
}

/**
 * A clicked reminder brings the window forward (opening it if it was closed) and asks its page to
 * open the reminder's case; a summary only brings the window forward (its list shows what needs attention).
 */
export function openCaseFromReminder(bringToFront: () => Promise<ReminderWindow>) {
  return async (caseId: string | null): Promise<void> => {
    const window = await bringToFront();
    if (caseId === null) return;
    const send = () => window.webContents.send(MainMessage.openCase, caseId);
    if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
    else send();
  };
}
