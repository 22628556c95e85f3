import { useEffect, useState } from 'react';
import { systemClock, useToday } from '../../useToday';
import type { OverviewFigures } from '@shared/domain/overviewFigures';
import { useJournal } from '../../journalContext';
import { countOverview } from '../../db/overviewInBackground';

/** A burst of writes (an import's chunks, typing in a field) is counted again once, after it. */
const recountDelay = 400;

export type OverviewState = { kind: 'counting' } | { kind: 'counted'; figures: OverviewFigures } | { kind: 'failed'; reason: string };

/**
 * The Overview's figures: the journal's money records tallied in a worker, or here in chunks
 * (never its cases; see countOverview), and again after any write while the Overview is open
 * (every case write writes its list entry too, so the list's write signal says when).
 */
export function useOverviewFigures(clock: () => Date = systemClock): OverviewState {
  const { db } = useJournal();
  const [state, setState] = useState<OverviewState>({ kind: 'counting' });
  // The day decides what was saved so far; a new day (also at midnight with the Overview open) counts again.
  const day = useToday(clock);
  useEffect(() => {
    let running: AbortController | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => {
      running?.abort();
      const current = new AbortController();
      running = current;
      countOverview(db, day, current.signal).then(
        (figures) => {
          if (!current.signal.aborted) setState({ kind: 'counted', figures });
        },
        (error: unknown) => {
          // A database that cannot be read says so, instead of counting for ever.
          if (!current.signal.aborted) setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
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
  return state;
}
