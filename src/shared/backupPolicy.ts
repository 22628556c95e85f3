/**
 * How automatic backups are named, when one is due and which are kept, wherever they are stored
 * (the desktop app's backups folder, the browser build's own database). Pure functions only.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Generations kept, like a backup program's: the newest backup of each of the last 7 days that have
 * one, of the last 4 weeks, and of the last 6 months. Besides these, the backup just written, every
 * backup dated in the future, and the last one that held more cases than the newest are never lost.
 */
export const BACKUP_GENERATIONS = { daily: 7, weekly: 4, monthly: 6 } as const;

/**
 * A backup's name says when it was made and how many cases it held, so neither rotation nor
 * Settings has to open a file to know (`journal-backup-2026-11-25T08-00-00-000Z.42-cases.zip`).
 * Backups are journal archives; earlier versions wrote gzip JSON (`….42-cases.json.gz`) and, before
 * case counts and compression, plain JSON (`journal-backup-<time>.json`): they still count.
 */
const backupNamePattern = /^journal-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:\.(\d{1,9})-cases)?\.(json|json\.gz|zip)$/;

/** How a backup is stored: a journal archive, gzip-compressed JSON, or plain JSON. */
export type BackupFormat = 'archive' | 'jsonGzip' | 'json';

export interface BackupName {
  createdAt: string;
  /** Null for backups made before counts were recorded. */
  caseCount: number | null;
  format: BackupFormat;
}

const extensionOf: Record<BackupFormat, string> = { archive: 'zip', jsonGzip: 'json.gz', json: 'json' };

export function backupFileName(now: Date, caseCount: number, format: BackupFormat = 'archive'): string {
  return `journal-backup-${now.toISOString().replace(/[:.]/g, '-')}.${caseCount}-cases.${extensionOf[format]}`;
}

/** What the name `name` says of its backup, or null when it is not a backup's name. */
export function parseBackupName(name: string): BackupName | null {
  const match = backupNamePattern.exec(name);
  if (!match) return null;
  const [, date, h, m, s, ms, cases, extension] = match;
  const createdAt = `${date}T${h}:${m}:${s}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  const format: BackupFormat = extension === 'zip' ? 'archive' : extension === 'json.gz' ? 'jsonGzip' : 'json';
  return { createdAt, caseCount: cases === undefined ? null : Number(cases), format };
}

const isFuture = (createdAt: string, now: Date) => Date.parse(createdAt) > now.getTime();

/**
 * The newest backup that is not dated in the future. A backup from the future (the clock was ahead
 * when it was made, or is behind now) says nothing about when the last real backup was.
 */
function newestPlaced<T extends { createdAt: string }>(backups: readonly T[], now: Date): T | undefined {
  return backups.filter((b) => !isFuture(b.createdAt, now)).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** Due at start-up and then once a day: when no backup was made in the last 24 hours. */
export function isBackupDue(backups: readonly { createdAt: string }[], now: Date): boolean {
  const newest = newestPlaced(backups, now);
  return newest === undefined || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

/** When the next backup will be due (now, when it is due already). */
export function nextBackupDueAt(backups: readonly { createdAt: string }[], now: Date): string {
  const newest = newestPlaced(backups, now);
  const due = newest === undefined ? now.getTime() : Math.max(now.getTime(), Date.parse(newest.createdAt) + DAY_MS);
  return new Date(due).toISOString();
}

export interface RotatedBackup {
  name: string;
  createdAt: string;
  caseCount: number | null;
}

export interface RotationPlan<T> {
  keep: T[];
  /** Would have rotated out, but holds more cases than the newest: moved aside, never deleted. */
  keepAside: T[];
  remove: T[];
}

// Generations are counted in UTC, as the names are written, so every machine decides alike.
const dayOf = (createdAt: string) => createdAt.slice(0, 10);
const monthOf = (createdAt: string) => createdAt.slice(0, 7);
/** The ISO week (weeks start on Monday), named by its Monday. */
function weekOf(createdAt: string): string {
  const day = new Date(`${dayOf(createdAt)}T00:00:00.000Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/**
 * What to do with the backups in the folder once `newest` has been written and read back.
 * `aside` are those kept aside earlier; they are never removed, and only matter here because one of
 * them may already be the last backup that held more cases than the newest.
 *
 * A backup whose case count is unknown (made before counts were recorded) is treated as if it held
 * more: the caller can count it and ask again to avoid keeping it aside for nothing.
 */
export function planRotation<T extends RotatedBackup>(
  backups: readonly T[],
  newest: { name: string; caseCount: number },
  now: Date,
  aside: readonly RotatedBackup[] = [],
  generations: { daily: number; weekly: number; monthly: number } = BACKUP_GENERATIONS,
): RotationPlan<T> {
  const keep = new Set<T>();
  const placed: T[] = [];
  for (const backup of backups) {
    // Never the backup just written, and never one from the future: it cannot be placed in time,
    // so nothing says it is older than the ones kept.
    if (backup.name === newest.name || isFuture(backup.createdAt, now)) keep.add(backup);
    else placed.push(backup);
  }
  placed.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const rules: [number, (createdAt: string) => string][] = [
    [generations.daily, dayOf],
    [generations.weekly, weekOf],
    [generations.monthly, monthOf],
  ];
  // Placed backups, plus the one just written, compete for the periods: the newest of each period.
  const competing = backups.filter((b) => b.name === newest.name || placed.includes(b)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const [count, periodOf] of rules) {
    const periods = new Set<string>();
    for (const backup of competing) {
      const period = periodOf(backup.createdAt);
      if (periods.has(period)) continue;
      if (periods.size >= count) break;
      periods.add(period);
      keep.add(backup);
    }
  }
  const removable = placed.filter((backup) => !keep.has(backup));
  const heldMore = (backup: RotatedBackup) => backup.caseCount === null || backup.caseCount > newest.caseCount;
  const lastWithMore = [...placed, ...aside]
    .filter((backup) => backup.name !== newest.name && heldMore(backup))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const keepAside = removable.filter((backup) => backup === lastWithMore);
  return {
    keep: backups.filter((backup) => keep.has(backup)),
    keepAside,
    remove: removable.filter((backup) => backup !== lastWithMore),
  };
}
