/** How automatic backups are named, when they are due and how many are kept, wherever they are stored. */
export const BACKUPS_KEPT = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const backupNamePattern = /^journal-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.json$/;

export function backupFileName(now: Date): string {
  return `journal-backup-${now.toISOString().replace(/[:.]/g, '-')}.json`;
}

/** When the backup called `name` was made, or null when `name` is not a backup's name. */
export function backupCreatedAt(name: string): string | null {
  const match = backupNamePattern.exec(name);
  if (!match) return null;
  const [, date, h, m, s, ms] = match;
  return `${date}T${h}:${m}:${s}.${ms}Z`;
}

/** Due at start-up and then once a day: when there is none, or the newest is a day old. */
export function isBackupDueAfter(newestCreatedAt: string | undefined, now: Date): boolean {
  return newestCreatedAt === undefined || now.getTime() - Date.parse(newestCreatedAt) >= DAY_MS;
}

/** The backups to delete once a new one is safely written: all but the newest `keep`. */
export function backupsBeyond<T extends { createdAt: string }>(backups: readonly T[], keep = BACKUPS_KEPT): T[] {
  return [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(keep);
}
