import { BrowserWindow, app, dialog, type WebContents } from 'electron';
import { join } from 'node:path';
import { IpcChannel } from '@shared/ipc/channels';
import type { IpcHandlers } from './ipcDispatch';
import { writeFileAtomically } from './files/atomicWrite';

type Handlers = Pick<IpcHandlers, typeof IpcChannel.saveCalendarFile>;

/** "Add to calendar" and "Export all deadlines": the iCalendar file, saved where the user says. */
export function calendarFileHandlers(): Handlers {
  return {
    [IpcChannel.saveCalendarFile]: async ({ suggestedName, contents }, sender) => {
      const options = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'iCalendar', extensions: ['ics'] }],
      };
      const parent = BrowserWindow.fromWebContents(sender as WebContents) ?? undefined;
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { status: 'canceled' };
      await writeFileAtomically(result.filePath, contents);
      return { status: 'saved', path: result.filePath };
    },
  };
}
