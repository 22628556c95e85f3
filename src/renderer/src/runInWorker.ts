export interface WorkerRun<Reply, Progress extends Reply> {
  /** Which messages tell how far the work has come (the rest is the answer)… */
  isProgress?: (message: Reply) => message is Progress;
  /** …and who hears them. */
  onProgress?: (message: Progress) => void;
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
 * or it fails before saying anything (a scheme or policy that forbids it) — and the caller then
 * does the work on this thread. A worker that fails after it began answering fails the work.
 */
export function runInWorker<Request, Reply, Progress extends Reply = never>(
  start: () => Worker,
  request: Request,
  run: WorkerRun<Reply, Progress> = {},
): Promise<Exclude<Reply, Progress> | null> {
  const { signal } = run;
  if (signal?.aborted) return Promise.reject(signal.reason);
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return Promise.resolve(null);
  }
  let stopListening = () => {};
  return new Promise<Exclude<Reply, Progress> | null>((resolve, reject) => {
    let heard = false;
    worker.onmessage = (event: MessageEvent<Reply>) => {
      heard = true;
      const message = event.data;
      if (run.isProgress?.(message)) run.onProgress?.(message);
      else resolve(message as Exclude<Reply, Progress>);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (heard) reject(new Error(event.message || 'The work stopped'));
      else resolve(null);
    };
    if (signal) {
      const stop = () => reject(signal.reason);
      signal.addEventListener('abort', stop, { once: true });
      stopListening = () => signal.removeEventListener('abort', stop);
    }
    worker.postMessage(request, run.transfer ?? []);
  }).finally(() => {
    stopListening();
    worker.terminate();
  });
}
