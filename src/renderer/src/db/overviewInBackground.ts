import type { CalendarDate } from '@shared/domain/calendarDate';
import { currencyDigits } from '@shared/domain/money';
import { overviewFigures, type OverviewFigures } from '@shared/domain/overviewFigures';
import type { JournalDatabase } from './journalDatabase';
import { tallyJournal } from './overviewQuery';
import type { OverviewReply, OverviewRequest } from './overviewWorker';

/** The worker's answer, or null when no worker could run here (then the count runs here, in chunks). */
function countInWorker(db: Pick<JournalDatabase, 'name'>, today: CalendarDate, signal: AbortSignal): Promise<OverviewReply | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./overviewWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise<OverviewReply | null>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<OverviewReply>) => resolve(event.data);
    // A worker that cannot even start (a scheme or policy that forbids it) is not a counting error.
    worker.onerror = () => resolve(null);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    const request: OverviewRequest = { databaseName: db.name, today };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/**
 * The Overview's figures for the whole journal, counted in a worker where one can run, else here
 * in chunks with a task boundary between them (tallyJournal); either way from the money records
 * alone. `signal` stops it (the Overview closed, or a newer count began).
 */
export async function countOverview(db: JournalDatabase, today: CalendarDate, signal: AbortSignal): Promise<OverviewFigures> {
  const reply = await countInWorker(db, today, signal);
  signal.throwIfAborted();
  if (reply === null) return overviewFigures(await tallyJournal(db, today, signal), currencyDigits);
  if (!reply.ok) throw new Error(reply.message);
  return reply.figures;
}
