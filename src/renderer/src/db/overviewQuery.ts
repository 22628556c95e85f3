import type { CalendarDate } from '@shared/domain/calendarDate';
import type { CaseMoney } from '@shared/domain/caseMoney';
import { addToTally, emptyTally, type OverviewTally } from '@shared/domain/overviewFigures';
import type { JournalDatabase } from './journalDatabase';

/** Records read at a time: a few milliseconds of reading and folding, so the window never stalls. */
export const overviewChunk = 2_000;

/** Lets the browser draw and handle input between chunks (a task of its own, not a microtask). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The Overview's tally of the whole journal, from the money records alone (never a case): read by
 * primary key in chunks, each one indexed range read (`id` above the last one read) folded before
 * the next is asked for. `signal` stops it when the Overview closes.
 */
export async function tallyJournal(db: JournalDatabase, today: CalendarDate, signal?: AbortSignal, chunk = overviewChunk): Promise<OverviewTally> {
  const tally = emptyTally(today);
  let after: string | null = null;
  for (;;) {
    signal?.throwIfAborted();
    const records: CaseMoney[] = await (after === null ? db.caseMoney.orderBy('id') : db.caseMoney.where('id').above(after)).limit(chunk).toArray();
    for (const record of records) addToTally(tally, record);
    if (records.length < chunk) return tally;
    after = records.at(-1)!.id;
    await nextTask();
  }
}
