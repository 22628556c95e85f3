import { IpcChannel } from '@shared/ipc/channels';
import type { IpcHandlers } from '../ipcDispatch';
import type { CaseOpener } from './openCaseFromReminder';
import type { ReminderScheduler } from './reminderScheduler';

/**
 * The page's reminders (already checked against their schema by the dispatcher) replace the
 * schedule; a page that has just become ready asks for the case a clicked reminder left waiting.
 */
export function reminderHandlers(
  scheduler: ReminderScheduler,
  opener: Pick<CaseOpener, 'take'>,
): Pick<IpcHandlers, typeof IpcChannel.scheduleReminders | typeof IpcChannel.takeCaseToOpen> {
  return {
    [IpcChannel.scheduleReminders]: async (schedule) => {
      await scheduler.replace(schedule);
      return undefined;
    },
    [IpcChannel.takeCaseToOpen]: async () => opener.take(),
  };
}
