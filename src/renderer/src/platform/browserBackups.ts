import { Dexie, type EntityTable } from 'dexie';
import { backupCreatedAt, backupFileName, backupsBeyond, isBackupDueAfter } from '@shared/backupPolicy';
import type { BackupEntry, BackupStatus } from '@shared/ipc/contract';

interface StoredBackup extends BackupEntry {
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
  return all.map(({ name, size, createdAt }) => ({ name, size, createdAt }));
}

export const browserBackups = {
  async status(): Promise<BackupStatus> {
    const backups = await entries();
    return { folder: { kind: 'browser' }, due: isBackupDueAfter(backups[0]?.createdAt, new Date()), backups };
  },
  async write(contents: Uint8Array): Promise<BackupEntry> {
    const name = backupFileName(new Date());
    const entry = { name, size: contents.byteLength, createdAt: backupCreatedAt(name)! };
    await db().transaction('rw', db().backups, async () => {
      await db().backups.put({ ...entry, contents: new Blob([contents as Uint8Array<ArrayBuffer>], { type: 'application/json' }) });
      await db().backups.bulkDelete(backupsBeyond(await entries()).map((old) => old.name));
    });
    return entry;
  },
  async read(name: string): Promise<{ name: string; text: string }> {
    const backup = await db().backups.get(name);
    if (!backup) throw new Error(`No backup called ${name}`);
    return { name, text: await backup.contents.text() };
  },
};
