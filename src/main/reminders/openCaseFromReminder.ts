import { MainMessage } from '@shared/ipc/channels';

/** What opening a case needs of the window: its page, which may still be loading. */
export interface ReminderWindow {
  webContents: {
    isLoading(): boolean;
    send(channel: string, ...args: unknown[]): void;
  };
}

/**
 * A clicked reminder brings the window forward (opening it if it was closed) and has its page open
 * the reminder's case; a summary only brings the window forward (its list shows what needs attention).
 * The case waits here until the page takes it (`take`): a page listens only once its journal is
 * open, well after the document has loaded, so a message alone could reach nobody. A page already
 * listening is told at once and takes the case; a page still starting takes it when it is ready.
 */
export function openCaseFromReminder(bringToFront: () => Promise<ReminderWindow>) {
  let waiting: string | null = null;
  return {
    async open(caseId: string | null): Promise<void> {
      const window = await bringToFront();
      if (caseId === null) return;
      waiting = caseId;
      if (!window.webContents.isLoading()) window.webContents.send(MainMessage.openCase, caseId);
    },
    /** The case a clicked reminder asked to open, handed over once. */
    take(): string | null {
      const caseId = waiting;
      waiting = null;
      return caseId;
    },
  };
}

export type CaseOpener = ReturnType<typeof openCaseFromReminder>;
