import { useEffect, useState } from 'react';
import { today } from '@shared/domain/calendarDate';
import { currencyDigits } from '@shared/domain/money';
import { overviewFigures, type OverviewFigures } from '@shared/domain/overviewFigures';
import { useJournal } from '../../journalContext';
import { tallyJournal } from '../../db/overviewQuery';

/** A burst of writes (an import's chunks, typing in a field) is counted again once, after it. */
const recountDelay = 400;

/**
 * The Overview's figures: the journal's money records tallied in chunks (never its cases), again
 * after any write while the Overview is open (every case write writes its list entry too, so the
 * list's write signal says when). Undefined until the first tally is done.
 */
export function useOverviewFigures(clock: () => Date = () => new Date()): OverviewFigures | undefined {
  const { db } = useJournal();
  const [figures, setFigures] = useState<OverviewFigures>();
  // The day decides what was saved so far; a new day counts again.
  const day = today(clock());
  useEffect(() => {
    let running: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => {
      running?.abort();
      const current = new AbortController();
      running = current;
      tallyJournal(db, day, current.signal).then(
        (tally) => {
          if (!current.signal.aborted) setFigures(overviewFigures(tally, currencyDigits));
        },
        (error: unknown) => {
          if (!current.signal.aborted) throw error;
        },
      );
    };
    count();
    const stopHearing = db.listWrites.hear(() => {
      clearTimeout(timer);
      timer = setTimeout(count, recountDelay);
    });
    return () => {
      stopHearing();
      clearTimeout(timer);
      running?.abort();
    };
  }, [db, day]);
  return figures;
}
