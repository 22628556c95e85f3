import type { CalendarOptions, CalendarWords } from '@shared/calendar/deadlineCalendar';
import type { JournalDatabase } from './journalDatabase';
import type { DeadlineCalendarFile } from './deadlineCalendarExport';
import type { DeadlineCalendarReply, DeadlineCalendarRequest } from './deadlineCalendarWorker';
import { runInWorker } from '../runInWorker';

/**
 * Every deadline of the journal as an iCalendar file, made in a worker where one can run (else
 * here, in chunks), with progress as cases are read.
 */
export async function deadlineCalendarInBackground(
  db: JournalDatabase,
  words: CalendarWords,
  options: CalendarOptions,
  onProgress: (done: number, total: number) => void,
): Promise<DeadlineCalendarFile> {
  const request: DeadlineCalendarRequest = { databaseName: db.name, words, now: options.now.toISOString(), alarms: options.alarms };
  const reply = await runInWorker<DeadlineCalendarRequest, DeadlineCalendarReply>(() => new Worker(new URL('./deadlineCalendarWorker.ts', import.meta.url), { type: 'module' }), request, {
    progress: (message) => {
      if (message.kind !== 'progress') return false;
      onProgress(message.done, message.total);
      return true;
    },
  });
  if (reply === null) return (await import('./deadlineCalendarExport')).journalDeadlineCalendar(db, words, options, onProgress);
  if (reply.kind === 'failed') throw new Error(reply.message);
  if (reply.kind === 'progress') throw new Error('The calendar ended before it was written');
  return reply;
}
