import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '@shared/ipc/channels';

// A disk that fills up: creating the backup's temporary file fails while `full` is set.
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: (async (path: string, ...rest: [never]) => {
      if (disk.full && String(path).endsWith('.tmp')) throw Object.assign(new Error(`ENOSPC: no space left on device, open '${path}'`), { code: 'ENOSPC' });
      return actual.open(path, ...rest);
    }) as typeof actual.open,
  };
});

const { backupHandlers } = await import('./backupHandlers');
const { ArchiveFiles, verifyArchiveFile } = await import('./files/archiveFiles');
const { AttachmentStore } = await import('./files/attachmentStore');

type Handlers = ReturnType<typeof backupHandlers>;
let files = new ArchiveFiles();
const handlersFor = (folder: string, options: Omit<Parameters<typeof backupHandlers>[1] & object, 'archives'> = {}) => backupHandlers(folder, { ...options, archives: files });

/** What the window does: begin, send journal.json and the attachments it lists (main writes the archive from the files), finish. */
async function backUp(handlers: Handlers, contents: Uint8Array<ArrayBuffer>, attachments: { name: string; sha256: string; size: number }[] = []) {
  const begun = await handlers[IpcChannel.beginBackup](undefined, sender);
  if (begun.status === 'notDue') return begun;
  await handlers[IpcChannel.writeBackupFromFiles]({ exportId: begun.exportId, journal: contents, attachments }, sender);
  return handlers[IpcChannel.finishBackup]({ exportId: begun.exportId }, sender);
}

const sender = { printToPDF: async () => Buffer.from('') };
const journal = (cases: number) => new TextEncoder().encode(JSON.stringify({ format: 'cancellation-journal', cases: Array(cases).fill({}) }));

beforeEach(() => {
  disk.full = false;
  files = new ArchiveFiles();
});

describe('backupHandlers', () => {
  it('report when a backup is due, write it, refuse another the same day and read it back by name', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cj-backups-'));
    let now = new Date('2026-11-25T08:00:00.000Z');
    const handlers = handlersFor(folder, { clock: () => now });
    expect(await handlers[IpcChannel.backupStatus](undefined, sender)).toEqual({
      folder: { kind: 'folder', path: folder },
      due: true,
      nextDueAt: now.toISOString(),
      backups: [],
      lastSuccess: null,
      lastFailure: null,
    });
    const written = await backUp(handlers, journal(2));
    if (written.status !== 'written') throw new Error('not written');
    expect(written.backup).toMatchObject({ createdAt: now.toISOString(), caseCount: 2, kept: false });
    now = new Date('2026-11-25T20:00:00.000Z');
    expect(await backUp(handlers, journal(0))).toEqual({ status: 'notDue', nextDueAt: '2026-11-26T08:00:00.000Z' });
    const status = await handlers[IpcChannel.backupStatus](undefined, sender);
    expect(status).toMatchObject({ due: false, nextDueAt: '2026-11-26T08:00:00.000Z', lastSuccess: '2026-11-25T08:00:00.000Z' });
    expect(status.backups).toHaveLength(1);
    const read = await handlers[IpcChannel.readBackup]({ name: written.backup.name, kept: false }, sender);
    expect(read).toMatchObject({ status: 'archive', name: written.backup.name, size: written.backup.size });
  });

  it('main writes the backup from the attachment files: every attachment in it whole, read back before it is named', async () => {
    const data = await mkdtemp(join(tmpdir(), 'cj-data-'));
    const store = new AttachmentStore(join(data, 'attachments'));
    const scan = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31) % 256);
    const sha256 = createHash('sha256').update(scan).digest('hex');
    await store.put(sha256, scan);
    const handlers = handlersFor(join(data, 'backups'), { clock: () => new Date('2026-11-25T08:00:00.000Z'), store });
    const written = await backUp(handlers, journal(1), [{ name: 'passport.png', sha256, size: scan.length }]);
    if (written.status !== 'written') throw new Error('not written');
    const read = await verifyArchiveFile(join(data, 'backups', written.backup.name));
    expect(read.ok && [...read.archive.attachments]).toEqual([[sha256, scan.length]]);

    // Bytes missing from the files: no backup, and the failure is remembered.
    const later = handlersFor(join(data, 'backups'), { clock: () => new Date('2026-11-26T09:00:00.000Z'), store });
    const missing = 'ab'.repeat(32);
    await expect(backUp(later, journal(1), [{ name: 'lost.png', sha256: missing, size: 10 }])).rejects.toThrow();
    expect((await readdir(join(data, 'backups'))).filter((name) => !name.startsWith('.'))).toEqual([written.backup.name]);
    expect((await later[IpcChannel.backupStatus](undefined, sender)).lastFailure).not.toBeNull();
  });

  it('write one backup when several windows make one at the same moment', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cj-backups-'));
    const handlers = handlersFor(folder, { clock: () => new Date('2026-11-25T08:00:00.000Z') });
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => backUp(handlers, journal(1))));
    // One is written; the others find it not due, or were replaced by a later one before they finished.
    const written = outcomes.filter((outcome) => outcome.status === 'fulfilled' && outcome.value.status === 'written');
    expect(written).toHaveLength(1);
    for (const outcome of outcomes.filter((o) => !written.includes(o))) {
      if (outcome.status === 'fulfilled') expect(outcome.value.status).toBe('notDue');
      else expect(String(outcome.reason)).toContain('no longer open');
    }
    expect((await readdir(folder)).filter((name) => !name.startsWith('.'))).toHaveLength(1);
  });

  it('remember a failure and why, across restarts, until a backup succeeds', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cj-backups-'));
    const outcomesFile = join(folder, '..', `${folder.split('/').at(-1)}-status.json`);
    let now = new Date('2026-11-25T08:00:00.000Z');
    disk.full = true;
    const handlers = handlersFor(folder, { clock: () => now, outcomesFile });
    await expect(backUp(handlers, journal(1))).rejects.toThrow('ENOSPC');
    expect((await handlers[IpcChannel.backupStatus](undefined, sender)).lastFailure).toMatchObject({ reason: 'diskFull' });
    disk.full = false;
    await expect(backUp(handlers, new TextEncoder().encode('not json'))).rejects.toThrow('not valid JSON');

    // After a restart the failure is still known; the backup is still due.
    now = new Date('2026-11-25T09:00:00.000Z');
    const restarted = handlersFor(folder, { clock: () => now, outcomesFile });
    expect(await restarted[IpcChannel.backupStatus](undefined, sender)).toMatchObject({
      due: true,
      lastSuccess: null,
      lastFailure: { at: '2026-11-25T08:00:00.000Z', reason: 'notAJournal', detail: expect.stringContaining('not valid JSON') },
    });
    await restarted[IpcChannel.recordBackupFailure]({ detail: 'The export worker stopped' }, sender);
    expect((await restarted[IpcChannel.backupStatus](undefined, sender)).lastFailure).toEqual({
      at: '2026-11-25T09:00:00.000Z',
      reason: 'export',
      detail: 'The export worker stopped',
    });
    disk.full = true;
    await expect(backUp(restarted, journal(1))).rejects.toThrow('ENOSPC');
    expect((await restarted[IpcChannel.backupStatus](undefined, sender)).lastFailure).toMatchObject({ reason: 'diskFull' });
    disk.full = false;

    now = new Date('2026-11-25T10:00:00.000Z');
    expect((await backUp(restarted, journal(1))).status).toBe('written');
    expect(await readdir(folder)).toHaveLength(1);
    expect(await handlersFor(folder, { clock: () => now, outcomesFile })[IpcChannel.backupStatus](undefined, sender)).toMatchObject({
      lastSuccess: '2026-11-25T10:00:00.000Z',
      lastFailure: { reason: 'diskFull' },
    });
  });

  it('sweep what crashed writes left in the folder, and beside the status file only its own, before anything else', async () => {
    const data = await mkdtemp(join(tmpdir(), 'cj-data-'));
    const folder = join(data, 'backups');
    await mkdir(folder);
    await writeFile(join(folder, '.journal-backup-2026-11-24T08-00-00-000Z.3-cases.json.gz.0123456789ab.tmp'), 'half');
    await writeFile(join(data, '.backup-status.json.0123456789ab.tmp'), 'half');
    await writeFile(join(data, '.Preferences.0123456789ab.tmp'), 'not ours to sweep');
    const handlers = handlersFor(folder, { clock: () => new Date('2026-11-25T08:00:00.000Z'), outcomesFile: join(data, 'backup-status.json') });
    expect((await handlers[IpcChannel.backupStatus](undefined, sender)).backups).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
    expect((await readdir(data)).sort()).toEqual(['.Preferences.0123456789ab.tmp', 'backups']);
  });
});
