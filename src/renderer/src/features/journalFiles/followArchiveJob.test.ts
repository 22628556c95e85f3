import { describe, expect, it } from 'vitest';
import { IpcChannel } from '@shared/ipc/channels';
import type { JournalBridge } from '@shared/ipc/contract';
import { followArchiveJob } from './followArchiveJob';

/** Main as the window sees it: one long request, and how far it has got when asked. */
function mainWorking() {
  const asked: string[] = [];
  let progress = { done: 0, total: 100 };
  let finish: (status: 'saved' | 'canceled') => void = () => undefined;
  const bridge = {
    invoke: async (channel: string, request: { jobId: string }) => {
      asked.push(`${channel} ${request.jobId}`);
      if (channel === IpcChannel.archiveJobProgress) return { ...progress };
      if (channel === IpcChannel.cancelArchiveJob) return finish('canceled');
      throw new Error(`unexpected ${channel}`);
    },
  } as unknown as Pick<JournalBridge, 'invoke'>;
  return {
    bridge,
    asked,
    advance: (done: number) => (progress = { done, total: 100 }),
    run: (jobId: string) => {
      asked.push(`run ${jobId}`);
      return new Promise<'saved' | 'canceled'>((resolve) => (finish = resolve));
    },
    finish: (status: 'saved' | 'canceled') => finish(status),
  };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('following an archive job of the main process', () => {
  it('shows how far main has got while it works, and stops asking once it answered', async () => {
    const main = mainWorking();
    const seen: number[] = [];
    const following = followArchiveJob(main.bridge, main.run, { signal: new AbortController().signal, onProgress: (done) => seen.push(done), everyMs: 5 });
    main.advance(40);
    await tick(30);
    main.advance(90);
    await tick(30);
    main.finish('saved');
    await expect(following).resolves.toBe('saved');
    expect(seen).toContain(40);
    expect(seen.at(-1)).toBe(90);
    const askedBefore = main.asked.length;
    await tick(30);
    expect(main.asked.length).toBe(askedBefore);
    // One job id for the request and every question about it.
    const ids = new Set(main.asked.map((line) => line.split(' ')[1]));
    expect(ids.size).toBe(1);
  });

  it('Cancel reaches main at once, for that job', async () => {
    const main = mainWorking();
    const stop = new AbortController();
    const following = followArchiveJob(main.bridge, main.run, { signal: stop.signal, onProgress: () => undefined, everyMs: 1000 });
    stop.abort();
    await expect(following).resolves.toBe('canceled');
    const [run, cancel] = main.asked;
    expect(cancel).toBe(`${IpcChannel.cancelArchiveJob} ${run!.split(' ')[1]}`);
  });

  it('begins nothing when cancelled before it starts', async () => {
    const main = mainWorking();
    const stop = new AbortController();
    stop.abort();
    await expect(followArchiveJob(main.bridge, main.run, { signal: stop.signal, onProgress: () => undefined })).rejects.toThrow();
    expect(main.asked).toEqual([]);
  });
});
