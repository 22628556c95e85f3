import type { CalendarDate } from '@shared/domain/calendarDate';
import type { JournalDatabase } from './journalDatabase';
import type { AttentionListener, AttentionWatch } from './needsAttention';
import type { NeedsAttentionReply, NeedsAttentionRequest } from './needsAttentionWorker';

/** The same watch on this thread, where no worker can run (the code loads only then). */
function watchHere(db: JournalDatabase, today: CalendarDate, wanted: number, listener: AttentionListener): AttentionWatch {
  let watch: AttentionWatch | undefined;
  let stopped = false;
  import('./needsAttention').then(({ watchNeedsAttention }) => {
    if (!stopped) watch = watchNeedsAttention(db, today, wanted, listener);
  }, listener.onError);
  return {
    want(count) {
      wanted = count;
      watch?.want(count);
    },
    stop() {
      stopped = true;
      watch?.stop();
    },
  };
}

/**
 * "What needs attention" for `today`, worked out in a worker that hears every write to the journal
 * (see watchNeedsAttention) and answers with the count, the case ids and the first `wanted` items;
 * on this thread where no worker can run.
 */
export function needsAttentionInBackground(db: JournalDatabase, today: CalendarDate, wanted: number, listener: AttentionListener): AttentionWatch {
  const { onAnswer, onError } = listener;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./needsAttentionWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return watchHere(db, today, wanted, listener);
  }
  let here: AttentionWatch | undefined;
  let answered = false;
  const post = (request: NeedsAttentionRequest) => worker.postMessage(request);
  worker.onmessage = (event: MessageEvent<NeedsAttentionReply>) => {
    const reply = event.data;
    if (reply.kind === 'answer') {
      answered = true;
      onAnswer(reply.answer);
    } else onError(new Error(reply.message));
  };
  worker.onerror = (event) => {
    // A worker that cannot even start (a scheme or policy that forbids it) is not a reason to show nothing.
    if (answered) return onError(new Error(event.message || 'Needs attention could not be worked out'));
    event.preventDefault();
    worker.terminate();
    here ??= watchHere(db, today, wanted, listener);
  };
  post({ kind: 'watch', databaseName: db.name, today, wanted });
  return {
    want(count) {
      wanted = count;
      if (here) here.want(count);
      else post({ kind: 'want', wanted: count });
    },
    stop() {
      worker.terminate();
      here?.stop();
    },
  };
}
