/// <reference lib="webworker" />
import { currencyDigits } from '@shared/domain/money';
import { overviewFigures, type OverviewFigures } from '@shared/domain/overviewFigures';
import { JournalDatabase } from './journalDatabase';
import { tallyJournal } from './overviewQuery';

export interface OverviewRequest {
  databaseName: string;
  today: string;
}
export type OverviewReply = { ok: true; figures: OverviewFigures } | { ok: false; message: string };

/** Larger chunks than on the UI thread: nothing here waits on them but the count itself. */
const workerChunk = 10_000;

/**
 * Tallies the Overview off the UI thread: 100,000 money records read and summed in BigInt are
 * seconds of work on a busy machine, which would otherwise stall the window while the Overview
 * opens. Only the figures (a few hundred numbers) come back.
 */
self.onmessage = async (event: MessageEvent<OverviewRequest>) => {
  const { databaseName, today } = event.data;
  const db = new JournalDatabase(databaseName);
  try {
    const tally = await tallyJournal(db, today, undefined, workerChunk);
    const reply: OverviewReply = { ok: true, figures: overviewFigures(tally, currencyDigits) };
    self.postMessage(reply);
  } catch (error) {
    const reply: OverviewReply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  } finally {
    db.close();
  }
};
