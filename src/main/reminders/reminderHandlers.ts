import { IpcChannel } from '@shared/ipc/channels';
import type { IpcHandlers } from '../ipcDispatch';
import type { ReminderScheduler } from './reminderScheduler';

/** The page's reminders (already checked against their schema by the dispatcher) replace the schedule. */
export function reminderHandlers(scheduler: ReminderScheduler): Pick<IpcHandlers, typeof IpcChannel.scheduleReminders> {
  return {
    [IpcChannel.scheduleReminders]: async (schedule) => {
      await scheduler.replace(schedule);
      return undefined;
    },
  };
}
