import { IpcChannel } from '@shared/ipc/channels';
import { defaultReminderTime } from '@shared/domain/reminderTime';
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
      // The dispatcher has parsed it (the time of day defaulted); the handler's type is the request's.
      await scheduler.replace({ ...schedule, remindAt: schedule.remindAt ?? defaultReminderTime });
      return undefined;
    },
    [IpcChannel.takeCaseToOpen]: async () => opener.take(),
  };
}
