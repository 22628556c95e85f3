import { Dexie, type EntityTable } from 'dexie';
import { backupFileName, isBackupDue, nextBackupDueAt, parseBackupName, planRotation } from '@shared/backupPolicy';
import type { BackupEntry, BackupFailure, BackupReadResult, BackupStatus, BackupWriteResult, BeginBackupResult } from '@shared/ipc/contract';
import { browserArchives } from './browserArchives';
import type { BackupCheck } from './backupCheck';
import { runInWorker } from '../runInWorker';

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
class BackupDamaged extends Error {}

/** Reads a backup's archive back whole, as an import would, and counts the cases of its journal; in a worker where one runs (see backupCheckWorker). */
async function countArchivedCases(archive: Blob): Promise<number> {
  const check =
    (await runInWorker<Blob, BackupCheck>(() => new Worker(new URL('./backupCheckWorker.ts', import.meta.url), { type: 'module' }), archive)) ??
    (await (await import('./backupCheck')).checkBackupArchive(archive));
  if (check.ok) return check.caseCount;
  throw check.reason === 'notAJournal' ? new NotAJournal(check.message) : new BackupDamaged(check.message);
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
  /** Begins a backup if one is due; its archive comes in pieces through the export's channel. */
  async begin(): Promise<BeginBackupResult> {
    const inRotation = (await entries()).filter((entry) => !entry.kept);
    const now = new Date();
    if (!isBackupDue(inRotation, now)) return { status: 'notDue', nextDueAt: nextBackupDueAt(inRotation, now) };
    for (const stale of browserArchives.openBackups()) await browserArchives.abortExport(stale);
    return { status: 'opened', exportId: browserArchives.beginBackup() };
  },
  /** The main process's checks, done here: the archive read back whole, its cases counted, then kept and rotated. */
  async finish(exportId: string): Promise<BackupWriteResult> {
    const now = new Date();
    try {
      const archive = await browserArchives.takeBackup(exportId);
      const caseCount = await countArchivedCases(archive);
      const result = await db().transaction('rw', db().backups, async (): Promise<BackupWriteResult> => {
        const before = (await entries()).filter((entry) => !entry.kept);
        if (!isBackupDue(before, now)) return { status: 'notDue', nextDueAt: nextBackupDueAt(before, now) };
        const name = backupFileName(now, caseCount);
        const backup: BackupEntry = { name, size: archive.size, createdAt: now.toISOString(), caseCount, kept: false };
        await db().backups.put({ ...backup, contents: archive });
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
      const reason = error instanceof NotAJournal ? 'notAJournal' : error instanceof BackupDamaged ? 'damaged' : quota ? 'diskFull' : 'other';
      outcomes.lastFailure = { at: now.toISOString(), reason, detail: detail.slice(0, 500) };
      throw error;
    }
  },
  async read(name: string): Promise<BackupReadResult> {
    const backup = await db().backups.get(name);
    if (!backup) throw new Error(`No backup called ${name}`);
    if (parseBackupName(name)?.format === 'archive') return { status: 'archive', ...browserArchives.openBlob(name, backup.contents) };
    return { status: 'opened', name, text: await backup.contents.text() };
  },
  recordFailure(detail: string): void {
    outcomes.lastFailure = { at: new Date().toISOString(), reason: 'export', detail };
  },
};
