export interface WorkerRun<Reply> {
  /** Takes a message that is not the answer (progress); true when it was one. */
  progress?: (message: Reply) => boolean;
  /** Stops the work: the worker is ended and the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Moved with the request, not copied (a message port, a file's bytes). */
  transfer?: Transferable[];
}

/**
 * One piece of long work in a worker of its own, off the UI thread: `start` makes the worker
 * (each caller writes its own `new Worker(new URL('./x.ts', import.meta.url))`, which is how the
 * bundler finds the file), `request` is posted to it and its first message that is not progress is
 * the answer; the worker is ended either way. Null when no worker can run here — none can be made,
 * or it fails to start (a scheme or policy that forbids it) — and the caller then does the work
 * on this thread: not being able to use a worker is never the work's own error.
 */
export function runInWorker<Request, Reply>(start: () => Worker, request: Request, run: WorkerRun<Reply> = {}): Promise<Reply | null> {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return Promise.resolve(null);
  }
  return new Promise<Reply | null>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      if (!run.progress?.(event.data)) resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    const { signal } = run;
    if (signal) {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    }
    worker.postMessage(request, run.transfer ?? []);
  }).finally(() => worker.terminate());
}
