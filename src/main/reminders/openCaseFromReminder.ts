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
 * A page still loading cannot hear a message yet (it listens only once its journal is open, well
 * after the document has loaded), so the case waits here until the page asks for it (`take`).
 */
export function openCaseFromReminder(bringToFront: () => Promise<ReminderWindow>) {
  let waiting: string | null = null;
  return {
    async open(caseId: string | null): Promise<void> {
      const window = await bringToFront();
      if (caseId === null) return;
      if (window.webContents.isLoading()) waiting = caseId;
      else window.webContents.send(MainMessage.openCase, caseId);
    },
    /** The case a reminder asked to open while the page was loading, handed over once. */
    take(): string | null {
      const caseId = waiting;
      waiting = null;
      return caseId;
    },
  };
}

export type CaseOpener = ReturnType<typeof openCaseFromReminder>;
