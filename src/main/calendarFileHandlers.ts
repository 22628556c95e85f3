import { IpcChannel } from '@shared/ipc/channels';
import type { IpcHandlers } from './ipcDispatch';
import { saveWhereTheUserSays } from './saveWhereTheUserSays';

type Handlers = Pick<IpcHandlers, typeof IpcChannel.saveCalendarFile>;

/** "Add to calendar" and "Export all deadlines": the iCalendar file, saved where the user says. */
export function calendarFileHandlers(): Handlers {
  return {
    [IpcChannel.saveCalendarFile]: ({ suggestedName, contents }, sender) => saveWhereTheUserSays(sender, suggestedName, { name: 'iCalendar', extensions: ['ics'] }, contents),
  };
}
