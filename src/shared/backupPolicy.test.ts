import { describe, expect, it } from 'vitest';
import { backupFileName, isBackupDue, nextBackupDueAt, parseBackupName, planRotation, type RotatedBackup } from './backupPolicy';

const DAY = 24 * 60 * 60 * 1000;
const start = Date.UTC(2026, 0, 1, 9, 0, 0);
const at = (ms: number) => new Date(ms);
const backup = (when: number, caseCount: number | null = 10): RotatedBackup => {
  const name = backupFileName(at(when), caseCount ?? 0);
  return { name, createdAt: at(when).toISOString(), caseCount };
};

/** Writes one backup a day for `days` days, rotating after each as the store does. */
function simulate(days: number, casesOnDay: (day: number) => number, from = start) {
  let folder: RotatedBackup[] = [];
  const aside: RotatedBackup[] = [];
  for (let day = 0; day < days; day += 1) {
    const now = from + day * DAY;
    const written = backup(now, casesOnDay(day));
    folder.push(written);
    const plan = planRotation(folder, { name: written.name, caseCount: written.caseCount! }, at(now), aside);
    expect(plan.keep).toContain(written);
    aside.push(...plan.keepAside);
    folder = plan.keep;
  }
  return { folder, aside };
}

describe('backup names', () => {
  it('say when a backup was made, how many cases it held and that it is a journal archive', () => {
    const name = backupFileName(at(Date.UTC(2026, 10, 25, 8, 0, 0, 7)), 42);
    expect(name).toBe('journal-backup-2026-11-25T08-00-00-007Z.42-cases.zip');
    expect(parseBackupName(name)).toEqual({ createdAt: '2026-11-25T08:00:00.007Z', caseCount: 42, format: 'archive' });
  });

  it('of backups made before counts and compression still read', () => {
    expect(parseBackupName('journal-backup-2026-11-25T08-00-00-000Z.json')).toEqual({
      createdAt: '2026-11-25T08:00:00.000Z',
      caseCount: null,
      format: 'json',
    });
  });

  it('of gzip JSON backups made by earlier versions still read', () => {
    expect(parseBackupName('journal-backup-2026-11-25T08-00-00-000Z.7-cases.json.gz')).toEqual({ createdAt: '2026-11-25T08:00:00.000Z', caseCount: 7, format: 'jsonGzip' });
    expect(backupFileName(at(Date.UTC(2026, 10, 25)), 7, 'jsonGzip')).toBe('journal-backup-2026-11-25T00-00-00-000Z.7-cases.json.gz');
  });

  it('are refused when they are anything else', () => {
    for (const name of ['../journal-backup-2026-11-25T08-00-00-000Z.json', 'notes.txt', 'journal-backup-2026-11-25T08-00-00-000Z.json.tmp', 'journal-backup-2026-13-45T08-00-00-000Z.json', 'journal-backup-2026-11-25T08-00-00-000Z.-1-cases.json.gz', 'journal-backup-2026-11-25T08-00-00-000Z.3-cases.zip.tmp', 'journal-backup-2026-11-25T08-00-00-000Z.3-cases.tar']) {
      expect(parseBackupName(name), name).toBeNull();
    }
  });
});

describe('a backup is due', () => {
  it('when there is none, then a day after the last', () => {
    expect(isBackupDue([], at(start))).toBe(true);
    const made = [backup(start)];
    expect(isBackupDue(made, at(start + DAY - 1))).toBe(false);
    expect(nextBackupDueAt(made, at(start + 1000))).toBe(at(start + DAY).toISOString());
    expect(isBackupDue(made, at(start + DAY))).toBe(true);
  });

  it('when the only backups are dated in the future (the clock was ahead, or is behind now)', () => {
    const fromTheFuture = [backup(Date.UTC(2031, 0, 1))];
    expect(isBackupDue(fromTheFuture, at(start))).toBe(true);
    expect(nextBackupDueAt(fromTheFuture, at(start))).toBe(at(start).toISOString());
    expect(isBackupDue([...fromTheFuture, backup(start - 1000)], at(start))).toBe(false);
  });
});

describe('rotation', () => {
  it('keeps 7 daily, 4 weekly and 6 monthly generations after a year of daily backups', () => {
    const { folder, aside } = simulate(400, () => 10);
    expect(aside).toEqual([]);
    const days = folder.map((b) => b.createdAt.slice(0, 10)).sort().reverse();
    const last = start + 399 * DAY;
    // The last seven days, each.
    for (let i = 0; i < 7; i += 1) expect(days).toContain(at(last - i * DAY).toISOString().slice(0, 10));
    // One in each of the last six months, and nothing older.
    expect(new Set(days.map((d) => d.slice(0, 7))).size).toBe(6);
    expect(folder.length).toBeLessThanOrEqual(17);
    expect(Math.min(...folder.map((b) => Date.parse(b.createdAt)))).toBeGreaterThan(last - 200 * DAY);
  });

  it('never lets an emptied journal push out the last backup that held its cases', () => {
    // 100 cases for 30 days, then the journal is emptied and backed up for two years.
    const { folder, aside } = simulate(730, (day) => (day < 30 ? 100 : 0));
    expect(folder.every((b) => b.caseCount === 0)).toBe(true);
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ caseCount: 100, createdAt: at(start + 29 * DAY).toISOString() });
  });

  it('keeps aside only the last of the fuller backups, and none while a fuller one is still kept', () => {
    const { aside } = simulate(400, (day) => (day < 100 ? 50 : day < 200 ? 80 : 20));
    expect(aside.map((b) => b.caseCount)).toEqual([80]);
    expect(simulate(400, (day) => day).aside).toEqual([]);
  });

  it('never removes the backup just written, nor one dated in the future', () => {
    const future = Array.from({ length: 20 }, (_, i) => backup(Date.UTC(2031, 0, 1 + i)));
    const written = backup(start);
    const plan = planRotation([...future, written], { name: written.name, caseCount: 10 }, at(start));
    expect(plan.keep).toHaveLength(21);
    expect(plan.remove).toEqual([]);
    const none = { daily: 0, weekly: 0, monthly: 0 };
    const older = backup(start - DAY);
    expect(planRotation([older, written], { name: written.name, caseCount: 10 }, at(start), [], none)).toEqual({ keep: [written], keepAside: [], remove: [older] });
  });

  it('treats a backup of unknown case count as one that may have held more', () => {
    const old = backup(start - 400 * DAY, null);
    const older = backup(start - 500 * DAY, null);
    const written = backup(start, 5);
    const onlyTheNewest = { daily: 1, weekly: 0, monthly: 0 };
    const plan = planRotation([older, old, written], { name: written.name, caseCount: 5 }, at(start), [], onlyTheNewest);
    expect(plan.keepAside).toEqual([old]);
    expect(plan.remove).toEqual([older]);
    const counted = planRotation([{ ...older, caseCount: 1 }, { ...old, caseCount: 2 }, written], { name: written.name, caseCount: 5 }, at(start), [], onlyTheNewest);
    expect(counted.keepAside).toEqual([]);
    expect(counted.remove).toHaveLength(2);
  });
});
