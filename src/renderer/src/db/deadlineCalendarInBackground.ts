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
  type Progress = Extract<DeadlineCalendarReply, { kind: 'progress' }>;
  const reply = await runInWorker<DeadlineCalendarRequest, DeadlineCalendarReply, Progress>(
    () => new Worker(new URL('./deadlineCalendarWorker.ts', import.meta.url), { type: 'module' }),
    request,
    { isProgress: (message): message is Progress => message.kind === 'progress', onProgress: (message) => onProgress(message.done, message.total) },
  );
  if (reply === null) return (await import('./deadlineCalendarExport')).journalDeadlineCalendar(db, words, options, onProgress);
  if (reply.kind === 'failed') throw new Error(reply.message);
  return reply;
}
