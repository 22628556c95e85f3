import { useEffect } from 'react';
import type { AppInfo } from '@shared/ipc/contract';
import type { JournalDatabase } from '../../db/journalDatabase';
import { backUpIfDue, refreshBackupStatus } from './backupState';

const checkEveryMs = 60 * 60 * 1000;
/** A backup waits for this long without input, so it never competes with someone using the app. */
const quietMs = 8000;
const activity = ['pointerdown', 'keydown', 'wheel', 'scroll', 'input'] as const;

/** Resolves once nobody has touched the app for `ms`. */
function whenQuiet(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, ms);
    function reset() {
      clearTimeout(timer);
      timer = setTimeout(done, ms);
    }
    function done() {
      for (const type of activity) window.removeEventListener(type, reset, true);
      resolve();
    }
    for (const type of activity) window.addEventListener(type, reset, { capture: true, passive: true, signal });
    signal.addEventListener('abort', () => clearTimeout(timer));
  });
}

/**
 * Asks the main process whether a backup is due (at start-up, then hourly) and, when it is, makes
 * one at a quiet moment. A failure is not retried sooner than the next hourly check; it is shown
 * (see BackupFailureNotice) until a backup succeeds.
 */
export function useAutomaticBackups(db: JournalDatabase, appInfo: AppInfo): void {
  useEffect(() => {
    const stop = new AbortController();
    const backUpWhenDue = async () => {
      try {
        const status = await refreshBackupStatus();
        if (!status.due || stop.signal.aborted) return;
        await whenQuiet(quietMs, stop.signal);
        if (stop.signal.aborted) return;
        await backUpIfDue(db, appInfo);
      } catch (error) {
        console.error('Automatic backup failed', error);
      }
    };
    void backUpWhenDue();
    const timer = setInterval(() => void backUpWhenDue(), checkEveryMs);
    return () => {
      stop.abort();
      clearInterval(timer);
    };
  }, [db, appInfo]);
}
