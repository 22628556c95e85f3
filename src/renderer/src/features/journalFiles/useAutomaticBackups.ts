import { useEffect } from 'react';
import { IpcChannel } from '@shared/ipc/channels';
import { serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import { desktopBridge } from '../../platform/desktopBridge';
import { exportJournal } from '../../db/journalExport';
import type { JournalDatabase } from '../../db/journalDatabase';
import type { AppInfo } from '@shared/ipc/contract';

const checkEveryMs = 60 * 60 * 1000;

/**
 * Asks the main process whether a backup is due (at start-up, then hourly) and, when it is, hands
 * it a full export. Runs after the first screen, so it never delays opening the journal.
 */
export function useAutomaticBackups(db: JournalDatabase, appInfo: AppInfo): void {
  useEffect(() => {
    let stopped = false;
    const backUpIfDue = async () => {
      try {
        const status = await desktopBridge.invoke(IpcChannel.backupStatus, undefined);
        if (!status.due || stopped) return;
        const file = await exportJournal(db, { kind: 'all' }, { name: appInfo.name, version: appInfo.version });
        await desktopBridge.invoke(IpcChannel.writeBackup, { json: serializeJournalFile(file) });
      } catch (error) {
        console.error('Automatic backup failed', error);
      }
    };
    const first = setTimeout(() => void backUpIfDue(), 3000);
    const timer = setInterval(() => void backUpIfDue(), checkEveryMs);
    return () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [db, appInfo]);
}
