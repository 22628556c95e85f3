import { gunzipSync, gzipSync } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName } from '@shared/backupPolicy';

// A folder that changes while it is read: a name listed whose file is gone by the time it is looked at.
const vanishing = vi.hoisted(() => ({ names: [] as string[], listed: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    readdir: (async (path: string, ...rest: []) => {
      vanishing.listed.push(path);
      return [...(await actual.readdir(path, ...rest)), ...vanishing.names];
    }) as typeof actual.readdir,
  };
});

const { KEPT_FOLDER, beginBackupIfDue, finishBackup, listBackups, readBackup: readBackupIn, readBackupFile, sweepBackupsFolder } = await import('./journalBackups');
const { NotAJournal } = await import('./journalCaseCount');
const { ArchiveFiles, nodeHasher, verifyArchiveFile } = await import('./archiveFiles');
const { writeArchiveToFile } = await import('./archiveFromStore');
const { AttachmentStore } = await import('./attachmentStore');
const { openJournalArchive } = await import('@shared/journalArchive/readJournalArchive');

let files = new ArchiveFiles();
const readBackup = (folder: string, request: { name: string; kept: boolean }) => readBackupIn(folder, request, files);

/** The backup's archive as main writes it: from journal.json (here with no attachments) and the attachment files. */
const writeArchiveInto = (exportId: string, journal: Uint8Array, now: Date) =>
  files.writeWhole(exportId, (handle) => writeArchiveToFile(handle, journal, [], new AttachmentStore(join(tmpdir(), 'cj-no-attachments')), { now }));

/** A backup as the app makes one: begun when due, written by main from the window's journal.json, then finished. */
async function writeBackupIfDue(folder: string, journal: Uint8Array, now: Date) {
  const begun = await beginBackupIfDue(folder, files, now);
  if (begun.status === 'notDue') return begun;
  await writeArchiveInto(begun.exportId, journal, now);
  return finishBackup(folder, files, begun.exportId, now);
}

const DAY = 24 * 60 * 60 * 1000;
const start = Date.UTC(2026, 10, 1, 8, 0, 0);
const tempDir = () => mkdtemp(join(tmpdir(), 'cj-backups-'));
const journalOf = (cases: number) => ({ format: 'cancellation-journal', version: 2, cases: Array.from({ length: cases }, (_, id) => ({ id: `case-${id}` })), templates: [] });
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** A backup as an earlier run would have left it, without going through rotation. */
async function placeBackup(folder: string, when: number, cases: number, where = folder) {
  const name = backupFileName(new Date(when), cases, 'jsonGzip');
  await mkdir(where, { recursive: true });
  await writeFile(join(where, name), gzipSync(bytesOf(journalOf(cases))));
  return name;
}

beforeEach(() => {
  vanishing.names = [];
  vanishing.listed = [];
  files = new ArchiveFiles();
});

describe('a backup', () => {
  it('is written only when due: a second request the same day is refused and writes nothing', async () => {
    const dir = await tempDir();
    const first = await writeBackupIfDue(dir, bytesOf(journalOf(3)), new Date(start));
    expect(first.status).toBe('written');
    for (let i = 1; i <= 14; i += 1) {
      expect(await writeBackupIfDue(dir, bytesOf(journalOf(0)), new Date(start + i * 60_000))).toEqual({
        status: 'notDue',
        nextDueAt: new Date(start + DAY).toISOString(),
      });
    }
    expect(await readdir(dir)).toEqual([backupFileName(new Date(start), 3)]);
    expect((await writeBackupIfDue(dir, bytesOf(journalOf(0)), new Date(start + DAY))).status).toBe('written');
    expect(await listBackups(dir)).toHaveLength(2);
  });

  it('lists the backups folder once to finish, rotation included', async () => {
    const dir = await tempDir();
    for (let day = 1; day <= 3; day += 1) await placeBackup(dir, start - day * DAY, 5);
    const begun = await beginBackupIfDue(dir, files, new Date(start));
    if (begun.status !== 'opened') throw new Error('not due');
    await writeArchiveInto(begun.exportId, bytesOf(journalOf(5)), new Date(start));
    vanishing.listed = [];
    expect((await finishBackup(dir, files, begun.exportId, new Date(start))).status).toBe('written');
    // A listing of the backups reads the folder and its kept/ folder (the atomic write tidies the folder itself too).
    expect(vanishing.listed.filter((path) => path === join(dir, KEPT_FOLDER))).toHaveLength(1);
    expect(await listBackups(dir)).toHaveLength(4);
  });

  it('is a journal archive, read back whole before it is named by its case count, and restores to the exact journal', async () => {
    const dir = await tempDir();
    const contents = bytesOf({ ...journalOf(40), notes: 'x'.repeat(100_000) });
    const outcome = await writeBackupIfDue(dir, contents, new Date(start));
    if (outcome.status !== 'written') throw new Error('not written');
    expect(outcome.backup).toMatchObject({ name: 'journal-backup-2026-11-01T08-00-00-000Z.40-cases.zip', caseCount: 40, kept: false });
    // journal.json is deflated inside the archive.
    expect(outcome.backup.size).toBeLessThan(contents.length / 10);
    expect((await verifyArchiveFile(join(dir, outcome.backup.name))).ok).toBe(true);
    const restored = await readBackup(dir, { name: outcome.backup.name, kept: false });
    if (restored.status !== 'archive') throw new Error(`expected an archive, got ${restored.status}`);
    expect(restored).toMatchObject({ name: outcome.backup.name, size: outcome.backup.size });
    const opened = await openJournalArchive({ size: restored.size, read: (offset, length) => files.read(restored.archiveId, offset, length) }, nodeHasher);
    expect(opened.ok && opened.archive.journalBytes).toEqual(contents);
    expect(await readdir(dir)).toEqual([outcome.backup.name]);
  });

  it('whose archive does not read back as written is refused, removed, and leaves the folder as it was', async () => {
    const dir = await tempDir();
    await placeBackup(dir, start - 2 * DAY, 5);
    const begun = await beginBackupIfDue(dir, files, new Date(start));
    if (begun.status !== 'opened') throw new Error('expected a backup to be due');
    const notAZip = new TextEncoder().encode('PK\u0003\u0004 not really a zip');
    await files.writeWhole(begun.exportId, async (handle) => (await handle.write(notAZip, 0, notAZip.length, 0)).bytesWritten);
    await expect(finishBackup(dir, files, begun.exportId, new Date(start))).rejects.toThrow('did not read back as written');
    expect(await readdir(dir)).toEqual([backupFileName(new Date(start - 2 * DAY), 5, 'jsonGzip')]);
  });

  it('begun by a window that goes away leaves nothing behind, and cannot be finished after', async () => {
    const dir = await tempDir();
    const begun = await beginBackupIfDue(dir, files, new Date(start), 7);
    if (begun.status !== 'opened') throw new Error('expected a backup to be due');
    await files.releaseOwner(7);
    expect(files.openExports()).toEqual([]);
    await expect(finishBackup(dir, files, begun.exportId, new Date(start))).rejects.toThrow('no longer open');
    expect(await readdir(dir)).toEqual([]);
  });

  it('begun again replaces one begun and never finished, and is swept at start-up if the app stopped in between', async () => {
    const dir = await tempDir();
    const first = await beginBackupIfDue(dir, files, new Date(start));
    const second = await beginBackupIfDue(dir, files, new Date(start + 1000));
    if (first.status !== 'opened' || second.status !== 'opened') throw new Error('expected both to begin');
    expect(files.openExports()).toEqual([second.exportId]);
    await writeFile(join(dir, `.pending-${backupFileName(new Date(start), 0)}`), 'crashed before it was checked');
    await sweepBackupsFolder(dir);
    expect((await readdir(dir)).filter((name) => name.startsWith('.pending-'))).toEqual([]);
  });

  it('of earlier versions (gzip JSON) are still listed and restored as JSON', async () => {
    const dir = await tempDir();
    const old = await placeBackup(dir, start - DAY, 3);
    await writeBackupIfDue(dir, bytesOf(journalOf(4)), new Date(start));
    expect((await listBackups(dir)).map((entry) => entry.name)).toEqual([backupFileName(new Date(start), 4), old]);
    const restored = await readBackup(dir, { name: old, kept: false });
    expect(restored.status === 'opened' && JSON.parse(restored.text).cases).toHaveLength(3);
    expect(gunzipSync(await readFile(join(dir, old))).length).toBeGreaterThan(0);
  });

  it('that is not a journal export is refused before anything is written', async () => {
    const dir = await tempDir();
    await placeBackup(dir, start - 2 * DAY, 5);
    for (const contents of [new TextEncoder().encode('{"format":"cancellation-journal","cases":[1,'), bytesOf({ format: 'other', cases: [] }), bytesOf({ format: 'cancellation-journal' }), new Uint8Array([0x7b, 0xff, 0x7d])]) {
      await expect(writeBackupIfDue(dir, contents, new Date(start))).rejects.toBeInstanceOf(NotAJournal);
    }
    expect(await readdir(dir)).toEqual([backupFileName(new Date(start - 2 * DAY), 5, 'jsonGzip')]);
  });
});

describe('rotation', () => {
  it('keeps aside the last backup that held more cases than an emptied journal, and lists it', async () => {
    const dir = await tempDir();
    // A year ago the journal held 12 cases; since then backups of an empty journal, one a month.
    const full = await placeBackup(dir, start - 365 * DAY, 12);
    for (let month = 11; month >= 1; month -= 1) await placeBackup(dir, start - month * 30 * DAY, 0);
    await writeBackupIfDue(dir, bytesOf(journalOf(0)), new Date(start));
    expect(await readdir(join(dir, KEPT_FOLDER))).toEqual([full]);
    const listed = await listBackups(dir);
    expect(listed.filter((entry) => entry.kept)).toEqual([expect.objectContaining({ name: full, caseCount: 12, kept: true })]);
    // Seven generations for the empty journal: the new one and the six newest months.
    expect(listed.filter((entry) => !entry.kept)).toHaveLength(7);
    const restored = await readBackup(dir, { name: full, kept: true });
    expect(restored.status === 'opened' && JSON.parse(restored.text).cases).toHaveLength(12);
  });

  it('counts an old uncompressed backup before it goes, and keeps it aside only if it held more', async () => {
    const dir = await tempDir();
    const legacy = (when: number) => `journal-backup-${new Date(when).toISOString().replace(/[:.]/g, '-')}.json`;
    await writeFile(join(dir, legacy(start - 400 * DAY)), JSON.stringify(journalOf(9)));
    await writeFile(join(dir, legacy(start - 401 * DAY)), JSON.stringify(journalOf(1)));
    for (let month = 7; month >= 1; month -= 1) await placeBackup(dir, start - month * 30 * DAY, 2);
    const listed = await listBackups(dir);
    expect(listed.find((entry) => entry.name === legacy(start - 400 * DAY))).toMatchObject({ caseCount: null, kept: false });
    await writeBackupIfDue(dir, bytesOf(journalOf(2)), new Date(start));
    expect(await readdir(join(dir, KEPT_FOLDER))).toEqual([legacy(start - 400 * DAY)]);
    expect(await readdir(dir)).not.toContain(legacy(start - 401 * DAY));
  });

  it('never deletes the backup just written when others are dated in the future, and treats those as not recent', async () => {
    const dir = await tempDir();
    const future = [];
    for (let i = 0; i < 20; i += 1) future.push(await placeBackup(dir, Date.UTC(2031, 0, 1 + i), 4));
    const outcome = await writeBackupIfDue(dir, bytesOf(journalOf(4)), new Date(start));
    expect(outcome.status).toBe('written');
    const names = await readdir(dir);
    expect(names).toContain(backupFileName(new Date(start), 4));
    for (const name of future) expect(names).toContain(name);
    // The next day, one is due again: the future ones do not block it.
    expect((await writeBackupIfDue(dir, bytesOf(journalOf(4)), new Date(start + DAY))).status).toBe('written');
  });
});

describe('the backups folder', () => {
  it('lists and rotates past a dangling link and a file that vanished while being listed', async () => {
    const dir = await tempDir();
    await placeBackup(dir, start - 2 * DAY, 3);
    await symlink(join(dir, 'gone.json.gz'), join(dir, backupFileName(new Date(start - 3 * DAY), 3)));
    vanishing.names = [backupFileName(new Date(start - 4 * DAY), 3)];
    expect((await listBackups(dir)).map((entry) => entry.name)).toEqual([backupFileName(new Date(start - 2 * DAY), 3, 'jsonGzip')]);
    expect((await writeBackupIfDue(dir, bytesOf(journalOf(3)), new Date(start))).status).toBe('written');
  });

  it('is swept of temporary files crashed writes left, and nothing else', async () => {
    const dir = await tempDir();
    const kept = await placeBackup(dir, start, 1);
    await writeFile(join(dir, `.${backupFileName(new Date(start), 2)}.0123456789ab.tmp`), 'half');
    await mkdir(join(dir, KEPT_FOLDER));
    await writeFile(join(dir, KEPT_FOLDER, '.x.json.gz.abcdefabcdef.tmp'), 'half');
    await writeFile(join(dir, 'my notes.tmp'), 'mine');
    await sweepBackupsFolder(dir);
    expect((await readdir(dir)).sort()).toEqual([KEPT_FOLDER, kept, 'my notes.tmp'].sort());
    expect(await readdir(join(dir, KEPT_FOLDER))).toEqual([]);
  });
});

describe('restoring', () => {
  it('refuses a backup that decompresses to more than the limit, without holding it', async () => {
    const dir = await tempDir();
    const bomb = join(dir, backupFileName(new Date(start), 1, 'jsonGzip'));
    // 64 MB of zeros: about 64 KB compressed.
    await pipeline(
      Readable.from((function* () {
        for (let i = 0; i < 64; i += 1) yield Buffer.alloc(1 << 20);
      })()),
      createGzip(),
      createWriteStream(bomb),
    );
    const before = process.memoryUsage().arrayBuffers;
    expect(await readBackupFile(bomb, 'bomb', true, 4 << 20)).toEqual({ status: 'tooLarge', name: 'bomb', size: (4 << 20) + 1, limit: 4 << 20 });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 << 20);
  });

  it('refuses an uncompressed backup over the limit, and says a damaged one is damaged', async () => {
    const dir = await tempDir();
    const big = join(dir, 'journal-backup-2026-11-01T08-00-00-000Z.json');
    await writeFile(big, JSON.stringify({ notes: 'x'.repeat(5000) }));
    expect(await readBackupFile(big, 'big', false, 1024)).toMatchObject({ status: 'tooLarge' });
    const name = await placeBackup(dir, start, 3);
    const whole = await readFile(join(dir, name));
    await writeFile(join(dir, name), whole.subarray(0, whole.length - 12));
    await expect(readBackup(dir, { name, kept: false })).rejects.toThrow(`The backup ${name} is damaged`);
  });

  it('reads nothing but a backup', async () => {
    const dir = await tempDir();
    await expect(readBackup(dir, { name: '../../etc/passwd', kept: false })).rejects.toThrow('Not a backup');
    await expect(readBackup(dir, { name: 'notes.txt', kept: true })).rejects.toThrow('Not a backup');
  });
});
