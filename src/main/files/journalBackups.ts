import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from './atomicWrite';

export const BACKUPS_KEPT = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const backupNamePattern = /^journal-backup-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.json$/;

export interface BackupEntry {
  name: string;
  size: number;
  createdAt: string;
}

export function backupFileName(now: Date): string {
  return `journal-backup-${now.toISOString().replace(/[:.]/g, '-')}.json`;
}

function createdAtOf(name: string): string | null {
  const match = backupNamePattern.exec(name);
  if (!match) return null;
  const [date, time] = match[1]!.split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return `${date}T${h}:${m}:${s}.${ms}Z`;
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
    const createdAt = createdAtOf(name);
    if (!createdAt) continue;
    entries.push({ name, size: (await stat(join(folder, name))).size, createdAt });
  }
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A backup is due at start-up and then once a day: when the newest is a day old or there is none. */
export async function isBackupDue(folder: string, now: Date): Promise<boolean> {
  const [newest] = await listBackups(folder);
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

export class BackupVerificationFailed extends Error {}

/**
 * Writes a backup atomically, reads it back to verify it, and only then deletes the oldest ones
 * beyond `keep`. A failed write or verification leaves every older backup in place.
 */
export async function writeBackup(folder: string, json: string, now: Date, keep = BACKUPS_KEPT): Promise<BackupEntry> {
  await mkdir(folder, { recursive: true });
  const name = backupFileName(now);
  const path = join(folder, name);
  const expected = createHash('sha256').update(json, 'utf8').digest('hex');
  await writeFileAtomically(path, json);
  const written = await readFile(path);
  if (createHash('sha256').update(written).digest('hex') !== expected) {
    await rm(path, { force: true });
    throw new BackupVerificationFailed(`The backup ${name} did not read back as written`);
  }
  JSON.parse(written.toString('utf8'));
  const backups = await listBackups(folder);
  for (const old of backups.slice(keep)) await rm(join(folder, old.name), { force: true });
  return backups.find((entry) => entry.name === name) ?? { name, size: written.length, createdAt: now.toISOString() };
}

/** Reads one backup by name; a name that is not a backup's (`../x`, another file) is refused. */
export async function readBackup(folder: string, name: string): Promise<string> {
  if (!createdAtOf(name)) throw new Error(`Not a backup: ${name}`);
  return readFile(join(folder, name), 'utf8');
}
