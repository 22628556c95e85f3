import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalDatabase } from './journalDatabase';
import type { AttentionAnswer } from './needsAttention';
import { needsAttentionInBackground } from './needsAttentionInBackground';
import type { NeedsAttentionReply, NeedsAttentionRequest } from './needsAttentionWorker';

/** Stands in for the browser's Worker: records what the page posts and lets the test answer. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<NeedsAttentionReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: NeedsAttentionRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: NeedsAttentionRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: NeedsAttentionReply) {
    this.onmessage?.({ data: reply } as MessageEvent<NeedsAttentionReply>);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
}

let db: JournalDatabase;
beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  db = new JournalDatabase(`attention-bg-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const answer: AttentionAnswer = { count: 1, items: [], caseIds: ['a'], upcoming: [] };

describe('needs attention in a worker', () => {
  it('asks the worker to watch this journal for today, passes its answers on and its pages, and ends it when stopped', () => {
    const answers: AttentionAnswer[] = [];
    const watch = needsAttentionInBackground(db, '2026-11-20', 100, { onAnswer: (a) => answers.push(a), onError: (e) => expect.fail(String(e)) });
    const [worker] = FakeWorker.made;
    expect(worker!.posted).toEqual([{ kind: 'watch', databaseName: db.name, today: '2026-11-20', wanted: 100 }]);
    worker!.reply({ kind: 'answer', answer });
    expect(answers).toEqual([answer]);
    watch.want(200);
    expect(worker!.posted.at(-1)).toEqual({ kind: 'want', wanted: 200 });
    watch.stop();
    expect(worker!.terminated).toBe(true);
  });

  it('says why when the worker cannot work it out, and after it began, a failure is an error, not a silent redo', () => {
    const errors: string[] = [];
    needsAttentionInBackground(db, '2026-11-20', 100, { onAnswer: () => undefined, onError: (e) => errors.push((e as Error).message) });
    const [worker] = FakeWorker.made;
    worker!.reply({ kind: 'failed', message: 'The database is closed' });
    worker!.reply({ kind: 'answer', answer });
    worker!.fail('crashed');
    expect(errors).toEqual(['The database is closed', 'crashed']);
  });

  it('works it out on the page when the worker cannot start, with the same answers', async () => {
    await db.deadlineEntries.put({ caseId: 'a', kind: 'followUp', on: '2026-11-20', caseTitle: 'Gym' });
    const answers: AttentionAnswer[] = [];
    const watch = needsAttentionInBackground(db, '2026-11-20', 100, { onAnswer: (a) => answers.push(a), onError: (e) => expect.fail(String(e)) });
    FakeWorker.made[0]!.fail('blocked by policy');
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    await vi.waitFor(() => expect(answers.at(-1)?.caseIds).toEqual(['a']));
    watch.stop();
  });
});
