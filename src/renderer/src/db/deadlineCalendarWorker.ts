/// <reference lib="webworker" />
import type { CalendarAlarms, CalendarWords } from '@shared/calendar/deadlineCalendar';
import { JournalDatabase } from './journalDatabase';
import { journalDeadlineCalendar } from './deadlineCalendarExport';

export interface DeadlineCalendarRequest {
  databaseName: string;
  words: CalendarWords;
  /** ISO time the file is made at (Dates do not cross postMessage as the type the writer wants everywhere). */
  now: string;
  alarms: CalendarAlarms;
}
export type DeadlineCalendarReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; bytes: Uint8Array<ArrayBuffer>; events: number; cases: number }
  | { kind: 'failed'; message: string };

/** Reads every case and writes the calendar off the UI thread: 100,000 cases would freeze the window. */
self.onmessage = async (event: MessageEvent<DeadlineCalendarRequest>) => {
  const { databaseName, words, now, alarms } = event.data;
  const db = new JournalDatabase(databaseName);
  const post = (reply: DeadlineCalendarReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer);
  try {
    const file = await journalDeadlineCalendar(db, words, { now: new Date(now), alarms }, (done, total) => post({ kind: 'progress', done, total }));
    post({ kind: 'done', ...file }, [file.bytes.buffer]);
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
