import { describe, expect, it } from 'vitest';
import { runInWorker } from './runInWorker';

/** A stand-in worker that answers a request with the messages `reply` gives, or fails to start. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: unknown[] = [];
  constructor(private readonly reply: (request: unknown) => unknown[] | 'fails to start' | 'never') {}
  postMessage(request: unknown) {
    this.posted.push(request);
    const messages = this.reply(request);
    queueMicrotask(() => {
      if (messages === 'never') return;
      if (messages === 'fails to start') this.onerror?.({ message: 'blocked', preventDefault: () => undefined } as ErrorEvent);
      else for (const data of messages) this.onmessage?.({ data } as MessageEvent);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('work in a worker', () => {
  it('answers with the first message that is not progress, and ends the worker', async () => {
    const worker = new FakeWorker((request) => [{ kind: 'progress', done: 1 }, { kind: 'progress', done: 2 }, { kind: 'done', got: request }]);
    const seen: number[] = [];
    const reply = await runInWorker(() => worker as unknown as Worker, 'go', {
      progress: (message: { kind: string; done?: number }) => message.kind === 'progress' && seen.push(message.done!) > 0,
    });
    expect(reply).toEqual({ kind: 'done', got: 'go' });
    expect(seen).toEqual([1, 2]);
    expect(worker.terminated).toBe(true);
  });

  it('is null where no worker can be made or one fails to start, so the work runs on the page', async () => {
    expect(
      await runInWorker(() => {
        throw new ReferenceError('Worker is not defined');
      }, 'go'),
    ).toBeNull();
    const blocked = new FakeWorker(() => 'fails to start');
    expect(await runInWorker(() => blocked as unknown as Worker, 'go')).toBeNull();
    expect(blocked.terminated).toBe(true);
  });

  it('stops when asked, ending the worker, with the reason it was stopped', async () => {
    const worker = new FakeWorker(() => 'never');
    const stop = new AbortController();
    const running = runInWorker(() => worker as unknown as Worker, 'go', { signal: stop.signal });
    stop.abort(new DOMException('The Overview closed', 'AbortError'));
    await expect(running).rejects.toThrow('The Overview closed');
    expect(worker.terminated).toBe(true);
  });
});
