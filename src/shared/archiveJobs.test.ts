import { describe, expect, it } from 'vitest';
import { ArchiveJobs } from './archiveJobs';

describe('archive jobs main does for windows', () => {
  it('are seen and stopped only by the window that began them, and end with their request', () => {
    const jobs = new ArchiveJobs();
    const run = jobs.begin(7, 'job-1');
    run.onProgress(3, 10);
    expect(jobs.progressOf(7, 'job-1')).toEqual({ done: 3, total: 10 });
    expect(jobs.progressOf(8, 'job-1')).toBeNull();
    jobs.cancel(8, 'job-1');
    expect(run.signal.aborted).toBe(false);
    jobs.cancel(7, 'job-1');
    expect(run.signal.aborted).toBe(true);
    run.end();
    expect(jobs.progressOf(7, 'job-1')).toBeNull();
  });

  it('a window that goes away stops its jobs, not another window’s', () => {
    const jobs = new ArchiveJobs();
    const mine = jobs.begin(7, 'export');
    const theirs = jobs.begin(8, 'export');
    jobs.releaseOwner(7);
    expect(mine.signal.aborted).toBe(true);
    expect(theirs.signal.aborted).toBe(false);
  });

  it('refuses a job id already under way, and more than a few jobs for one window', () => {
    const jobs = new ArchiveJobs();
    jobs.begin(7, 'a');
    expect(() => jobs.begin(7, 'a')).toThrow('under way already');
    jobs.begin(7, 'b');
    jobs.begin(7, 'c');
    jobs.begin(7, 'd');
    expect(() => jobs.begin(7, 'e')).toThrow('Too many');
    // Without an id a request runs as before: not followed, never refused.
    expect(jobs.begin(7, undefined).signal.aborted).toBe(false);
  });
});
