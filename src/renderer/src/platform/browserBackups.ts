import { Dexie, type EntityTable } from 'dexie';
import { backupFileName, isBackupDue, nextBackupDueAt, parseBackupName, planRotation } from '@shared/backupPolicy';
import type { BackupEntry, BackupFailure, BackupReadResult, BackupStatus, BackupWriteResult } from '@shared/ipc/contract';

interface StoredBackup {
  name: string;
  createdAt: string;
  size: number;
  /** Missing on backups stored before counts were recorded. */
  caseCount?: number | null;
  kept?: boolean;
  contents: Blob;
}

/** In a plain browser there is no data folder: backups go to a database of their own. */
class BrowserBackupDatabase extends Dexie {
  backups!: EntityTable<StoredBackup, 'name'>;
  constructor() {
    super('cancellation-journal-backups');
    this.version(2).stores({ backups: 'name, createdAt' });
  }
}

let database: BrowserBackupDatabase | undefined;
const db = () => (database ??= new BrowserBackupDatabase());

async function entries(): Promise<BackupEntry[]> {
  const all = await db().backups.orderBy('createdAt').reverse().toArray();
  return all.map(({ name, size, createdAt, caseCount, kept }) => ({
    name,
    size,
    createdAt,
    caseCount: caseCount ?? parseBackupName(name)?.caseCount ?? null,
    kept: kept ?? false,
  }));
}

// Only for this page's life: the browser build is for trying the app, the desktop app keeps them on disk.
const outcomes: { lastSuccess: string | null; lastFailure: BackupFailure | null } = { lastSuccess: null, lastFailure: null };

class NotAJournal extends Error {}

/** How many cases an export holds; the same check the main process makes before writing one. */
function countCases(text: string): number {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new NotAJournal('The backup was refused: it is not valid JSON');
  }
  const cases = (value as { format?: unknown; cases?: unknown } | null)?.cases;
  if ((value as { format?: unknown } | null)?.format !== 'cancellation-journal' || !Array.isArray(cases)) {
    throw new NotAJournal('The backup was refused: it is not a Cancellation Journal export');
  }
  return cases.length;
}

/** The desktop app's backup rules, kept in the browser's storage: due once a day, generations, kept aside. */
export const browserBackups = {
  async status(): Promise<BackupStatus> {
    const backups = await entries();
    const inRotation = backups.filter((entry) => !entry.kept);
    const now = new Date();
    return {
      folder: { kind: 'browser' },
      due: isBackupDue(inRotation, now),
      nextDueAt: nextBackupDueAt(inRotation, now),
      backups,
      lastSuccess: outcomes.lastSuccess ?? inRotation[0]?.createdAt ?? null,
      lastFailure: outcomes.lastFailure,
    };
  },
  async write(contents: Uint8Array): Promise<BackupWriteResult> {
    const now = new Date();
    try {
      const result = await db().transaction('rw', db().backups, async (): Promise<BackupWriteResult> => {
        const before = (await entries()).filter((entry) => !entry.kept);
        if (!isBackupDue(before, now)) return { status: 'notDue', nextDueAt: nextBackupDueAt(before, now) };
        // The stand-in parses on this thread; it is for trying the app, not for a 100,000-case journal.
        const caseCount = countCases(new TextDecoder().decode(contents));
        const name = backupFileName(now, caseCount, false);
        const backup: BackupEntry = { name, size: contents.byteLength, createdAt: now.toISOString(), caseCount, kept: false };
        await db().backups.put({ ...backup, contents: new Blob([contents as Uint8Array<ArrayBuffer>], { type: 'application/json' }) });
        const all = await entries();
        const plan = planRotation(
          all.filter((entry) => !entry.kept),
          { name, caseCount },
          now,
          all.filter((entry) => entry.kept),
        );
        for (const aside of plan.keepAside) await db().backups.update(aside.name, { kept: true });
        await db().backups.bulkDelete(plan.remove.map((old) => old.name));
        return { status: 'written', backup };
      });
      if (result.status === 'written') outcomes.lastSuccess = now.toISOString();
      return result;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const quota = error instanceof Error && (error.name === 'QuotaExceededError' || (error as { inner?: Error }).inner?.name === 'QuotaExceededError');
      const reason = error instanceof NotAJournal ? 'notAJournal' : quota ? 'diskFull' : 'other';
      outcomes.lastFailure = { at: now.toISOString(), reason, detail: detail.slice(0, 500) };
      throw error;
    }
  },
  async read(name: string): Promise<BackupReadResult> {
    const backup = await db().backups.get(name);
    if (!backup) throw new Error(`No backup called ${name}`);
    return { status: 'opened', name, text: await backup.contents.text() };
  },
  recordFailure(detail: string): void {
    outcomes.lastFailure = { at: new Date().toISOString(), reason: 'export', detail };
  },
};
