import type { CalendarOptions, CalendarWords } from '@shared/calendar/deadlineCalendar';
import type { JournalDatabase } from './journalDatabase';
import type { DeadlineCalendarFile } from './deadlineCalendarExport';
import type { DeadlineCalendarReply, DeadlineCalendarRequest } from './deadlineCalendarWorker';

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
  let worker: Worker | null;
  try {
    worker = new Worker(new URL('./deadlineCalendarWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  const here = async () => (await import('./deadlineCalendarExport')).journalDeadlineCalendar(db, words, options, onProgress);
  if (!worker) return here();
  const running = worker;
  try {
    const reply = await new Promise<DeadlineCalendarFile | null>((resolve, reject) => {
      // A worker that cannot even start (a scheme or policy that forbids it) is not an export error.
      running.onerror = () => resolve(null);
      running.onmessage = (event: MessageEvent<DeadlineCalendarReply>) => {
        const message = event.data;
        if (message.kind === 'progress') onProgress(message.done, message.total);
        else if (message.kind === 'done') resolve(message);
        else reject(new Error(message.message));
      };
      const request: DeadlineCalendarRequest = { databaseName: db.name, words, now: options.now.toISOString(), alarmDaysBefore: options.alarmDaysBefore };
      running.postMessage(request);
    });
    return reply ?? (await here());
  } finally {
    running.terminate();
  }
}
