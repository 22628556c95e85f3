/** What a window sees of an archive export or import main is doing for it. */
export interface ArchiveJobProgress {
  done: number;
  total: number;
}

interface Job {
  owner: number | null;
  stop: AbortController;
  progress: ArchiveJobProgress;
}

/** A job of main's that the window may follow and stop: its signal, and where to report progress. */
export interface ArchiveJobRun {
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
  end(): void;
}

/** How many jobs one window may have under way (an export and an import, and some slack). */
const MAX_JOBS_PER_OWNER = 4;

/**
 * The archive exports and imports the main process is doing for windows (or the browser build's
 * stand-in for it, where every job is the one page's: owner null), by ids the windows made:
 * a window asks how far one has got and may cancel it while its request is still being answered.
 * A job is known only to the window that began it (ids are kept per window), so no window can see
 * or stop another's; a window that goes away stops its jobs (releaseOwner).
 */
export class ArchiveJobs {
  private readonly jobs = new Map<string, Job>();

  private static key(owner: number | null, jobId: string): string {
    return `${owner ?? 'none'}\u0000${jobId}`;
  }

  /** Begins following a job; without an id the job runs as before, unseen and not to be stopped. */
  begin(owner: number | null, jobId: string | undefined): ArchiveJobRun {
    const stop = new AbortController();
    const progress: ArchiveJobProgress = { done: 0, total: 0 };
    if (jobId === undefined) return { signal: stop.signal, onProgress: () => undefined, end: () => undefined };
    const key = ArchiveJobs.key(owner, jobId);
    if (this.jobs.has(key)) throw new Error('An archive job with this id is under way already');
    if ([...this.jobs.values()].filter((job) => job.owner === owner).length >= MAX_JOBS_PER_OWNER) {
      throw new Error('Too many archive exports and imports are under way; finish or cancel one first');
    }
    const job: Job = { owner, stop, progress };
    this.jobs.set(key, job);
    return {
      signal: stop.signal,
      onProgress: (done, total) => {
        progress.done = done;
        progress.total = total;
      },
      end: () => {
        if (this.jobs.get(key) === job) this.jobs.delete(key);
      },
    };
  }

  /**
   * Runs `work` as the job `jobId` of `owner` (see begin): stopped by Cancel, it answers `canceled`
   * instead of failing; either way the job is forgotten when it ends.
   */
  async run<T>(owner: number | null, jobId: string | undefined, work: (job: ArchiveJobRun) => Promise<T>): Promise<T | { status: 'canceled' }> {
    const job = this.begin(owner, jobId);
    try {
      return await work(job);
    } catch (error) {
      if (job.signal.aborted) return { status: 'canceled' };
      throw error;
    } finally {
      job.end();
    }
  }

  progressOf(owner: number | null, jobId: string): ArchiveJobProgress | null {
    const job = this.jobs.get(ArchiveJobs.key(owner, jobId));
    return job ? { ...job.progress } : null;
  }

  cancel(owner: number | null, jobId: string): void {
    this.jobs.get(ArchiveJobs.key(owner, jobId))?.stop.abort(new DOMException('The archive job was cancelled', 'AbortError'));
  }

  /** A window that went away cannot wait for its jobs: they stop, leaving nothing behind. */
  releaseOwner(owner: number): void {
    for (const job of this.jobs.values()) if (job.owner === owner) job.stop.abort(new DOMException('The window went away', 'AbortError'));
  }
}
