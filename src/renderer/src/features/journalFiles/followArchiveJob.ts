import { IpcChannel } from '@shared/ipc/channels';
import type { JournalBridge } from '@shared/ipc/contract';

export interface ArchiveJobFollowing {
  /** Bytes through so far, of how many, as main last said. */
  onProgress: (done: number, total: number) => void;
  /** Aborting it asks main to stop the job (it then answers `canceled`, leaving nothing behind). */
  signal: AbortSignal;
  /** How often main is asked how far it has got. */
  everyMs?: number;
}

/**
 * Runs an archive export or import that the main process does in one long request (it writes or
 * unpacks the attachment files itself), under a job id made here: while the request is answered,
 * main is asked how far it has got every few hundred milliseconds, and Cancel reaches it at once.
 */
export async function followArchiveJob<T>(
  bridge: Pick<JournalBridge, 'invoke'>,
  run: (jobId: string) => Promise<T>,
  { onProgress, signal, everyMs = 250 }: ArchiveJobFollowing,
): Promise<T> {
  signal.throwIfAborted();
  const jobId = crypto.randomUUID();
  const cancel = () => void bridge.invoke(IpcChannel.cancelArchiveJob, { jobId }).catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  let running = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ask = async () => {
    const progress = await bridge.invoke(IpcChannel.archiveJobProgress, { jobId }).catch(() => null);
    if (!running) return;
    if (progress) onProgress(progress.done, progress.total);
    timer = setTimeout(() => void ask(), everyMs);
  };
  timer = setTimeout(() => void ask(), everyMs);
  try {
    return await run(jobId);
  } finally {
    running = false;
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}
