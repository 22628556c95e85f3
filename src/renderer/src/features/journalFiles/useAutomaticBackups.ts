import { useEffect } from 'react';
import { IpcChannel } from '@shared/ipc/channels';
import type { AppInfo } from '@shared/ipc/contract';
import { desktopBridge } from '../../platform/desktopBridge';
import type { JournalDatabase } from '../../db/journalDatabase';

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
 * Asks the main process whether a backup is due (at start-up, then hourly) and, when it is, hands
 * it a full export made in a worker, at a quiet moment.
 */
export function useAutomaticBackups(db: JournalDatabase, appInfo: AppInfo): void {
  useEffect(() => {
    const stop = new AbortController();
    const backUpIfDue = async () => {
      try {
        const status = await desktopBridge.invoke(IpcChannel.backupStatus, undefined);
        if (!status.due || stop.signal.aborted) return;
        await whenQuiet(quietMs, stop.signal);
        if (stop.signal.aborted) return;
        const { exportJournalBytes } = await import('../../db/exportInBackground');
        const { bytes } = await exportJournalBytes(db, { kind: 'all' }, { name: appInfo.name, version: appInfo.version });
        await desktopBridge.invoke(IpcChannel.writeBackup, { contents: bytes });
      } catch (error) {
        console.error('Automatic backup failed', error);
      }
    };
    void backUpIfDue();
    const timer = setInterval(() => void backUpIfDue(), checkEveryMs);
    return () => {
      stop.abort();
      clearInterval(timer);
    };
  }, [db, appInfo]);
}
