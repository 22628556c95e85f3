import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from './atomicWrite';
import { BACKUPS_KEPT, backupCreatedAt, backupFileName, backupsBeyond, isBackupDueAfter } from '@shared/backupPolicy';

export { BACKUPS_KEPT } from '@shared/backupPolicy';

export interface BackupEntry {
  name: string;
  size: number;
  createdAt: string;
}

/** The backups in `folder`, newest first. Files that are not ours are ignored, never touched. */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const createdAt = backupCreatedAt(name);
    if (!createdAt) continue;
    entries.push({ name, size: (await stat(join(folder, name))).size, createdAt });
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A backup is due at start-up and then once a day: when the newest is a day old or there is none. */
export async function isBackupDue(folder: string, now: Date): Promise<boolean> {
  const [newest] = await listBackups(folder);
  return isBackupDueAfter(newest?.createdAt, now);
}

export class BackupVerificationFailed extends Error {}

/**
 * Writes a backup atomically, reads it back to verify it, and only then deletes the oldest ones
 * beyond `keep`. A failed write or verification leaves every older backup in place.
 */
export async function writeBackup(folder: string, contents: string | Uint8Array, now: Date, keep = BACKUPS_KEPT): Promise<BackupEntry> {
  await mkdir(folder, { recursive: true });
  const name = backupFileName(now);
  const path = join(folder, name);
  const expected = createHash('sha256').update(contents).digest('hex');
  await writeFileAtomically(path, contents);
  const written = await readFile(path);
  if (createHash('sha256').update(written).digest('hex') !== expected) {
    await rm(path, { force: true });
    throw new BackupVerificationFailed(`The backup ${name} did not read back as written`);
  }
  JSON.parse(written.toString('utf8'));
  const backups = await listBackups(folder);
  for (const old of backupsBeyond(backups, keep)) await rm(join(folder, old.name), { force: true });
  return backups.find((entry) => entry.name === name) ?? { name, size: written.length, createdAt: now.toISOString() };
}

/** Reads one backup by name; a name that is not a backup's (`../x`, another file) is refused. */
export async function readBackup(folder: string, name: string): Promise<string> {
  if (!backupCreatedAt(name)) throw new Error(`Not a backup: ${name}`);
  return readFile(join(folder, name), 'utf8');
}
