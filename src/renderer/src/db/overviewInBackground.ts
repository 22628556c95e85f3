import type { CalendarDate } from '@shared/domain/calendarDate';
import { currencyDigits } from '@shared/domain/money';
import { overviewFigures, type OverviewFigures } from '@shared/domain/overviewFigures';
import type { JournalDatabase } from './journalDatabase';
import { tallyJournal } from './overviewQuery';
import type { OverviewReply, OverviewRequest } from './overviewWorker';
import { runInWorker } from '../runInWorker';

/**
 * The Overview's figures for the whole journal, counted in a worker where one can run, else here
 * in chunks with a task boundary between them (tallyJournal); either way from the money records
 * alone. `signal` stops it (the Overview closed, or a newer count began).
 */
export async function countOverview(db: JournalDatabase, today: CalendarDate, signal: AbortSignal): Promise<OverviewFigures> {
  const request: OverviewRequest = { databaseName: db.name, today };
  const reply = await runInWorker<OverviewRequest, OverviewReply>(() => new Worker(new URL('./overviewWorker.ts', import.meta.url), { type: 'module' }), request, { signal });
  signal.throwIfAborted();
  if (reply === null) return overviewFigures(await tallyJournal(db, today, signal), currencyDigits);
  if (!reply.ok) throw new Error(reply.message);
  return reply.figures;
}
