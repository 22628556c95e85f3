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

const sender = { printToPDF: async () => Buffer.from('') };
const journal = (cases: number) => new TextEncoder().encode(JSON.stringify({ format: 'cancellation-journal', cases: Array(cases).fill({}) }));

beforeEach(() => {
  disk.full = false;
});

describe('backupHandlers', () => {
  it('report when a backup is due, write it, refuse another the same day and read it back by name', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cj-backups-'));
    let now = new Date('2026-11-25T08:00:00.000Z');
    const handlers = backupHandlers(folder, { clock: () => now });
    expect(await handlers[IpcChannel.backupStatus](undefined, sender)).toEqual({
      folder: { kind: 'folder', path: folder },
      due: true,
      nextDueAt: now.toISOString(),
      backups: [],
      lastSuccess: null,
      lastFailure: null,
    });
    const written = await handlers[IpcChannel.writeBackup]({ contents: journal(2) }, sender);
    if (written.status !== 'written') throw new Error('not written');
    expect(written.backup).toMatchObject({ createdAt: now.toISOString(), caseCount: 2, kept: false });
    now = new Date('2026-11-25T20:00:00.000Z');
    expect(await handlers[IpcChannel.writeBackup]({ contents: journal(0) }, sender)).toEqual({ status: 'notDue', nextDueAt: '2026-11-26T08:00:00.000Z' });
    const status = await handlers[IpcChannel.backupStatus](undefined, sender);
    expect(status).toMatchObject({ due: false, nextDueAt: '2026-11-26T08:00:00.000Z', lastSuccess: '2026-11-25T08:00:00.000Z' });
    expect(status.backups).toHaveLength(1);
    const read = await handlers[IpcChannel.readBackup]({ name: written.backup.name, kept: false }, sender);
    expect(read).toMatchObject({ status: 'opened', name: written.backup.name });
  });

  it('write one backup when two requests arrive together', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cj-backups-'));
    const handlers = backupHandlers(folder, { clock: () => new Date('2026-11-25T08:00:00.000Z') });
    const outcomes = await Promise.all([1, 2, 3].map(() => handlers[IpcChannel.writeBackup]({ contents: journal(1) }, sender)));
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['notDue', 'notDue', 'written']);
    expect(await readdir(folder)).toHaveLength(1);
  });

  it('remember a failure and why, across restarts, until a backup succeeds', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cj-backups-'));
    const outcomesFile = join(folder, '..', `${folder.split('/').at(-1)}-status.json`);
    let now = new Date('2026-11-25T08:00:00.000Z');
    disk.full = true;
    const handlers = backupHandlers(folder, { clock: () => now, outcomesFile });
    await expect(handlers[IpcChannel.writeBackup]({ contents: journal(1) }, sender)).rejects.toThrow('ENOSPC');
    expect((await handlers[IpcChannel.backupStatus](undefined, sender)).lastFailure).toMatchObject({ reason: 'diskFull' });
    disk.full = false;
    await expect(handlers[IpcChannel.writeBackup]({ contents: new TextEncoder().encode('not json') }, sender)).rejects.toThrow('not valid JSON');

    // After a restart the failure is still known; the backup is still due.
    now = new Date('2026-11-25T09:00:00.000Z');
    const restarted = backupHandlers(folder, { clock: () => now, outcomesFile });
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
    await expect(restarted[IpcChannel.writeBackup]({ contents: journal(1) }, sender)).rejects.toThrow('ENOSPC');
    expect((await restarted[IpcChannel.backupStatus](undefined, sender)).lastFailure).toMatchObject({ reason: 'diskFull' });
    disk.full = false;

    now = new Date('2026-11-25T10:00:00.000Z');
    expect((await restarted[IpcChannel.writeBackup]({ contents: journal(1) }, sender)).status).toBe('written');
    expect(await readdir(folder)).toHaveLength(1);
    expect(await backupHandlers(folder, { clock: () => now, outcomesFile })[IpcChannel.backupStatus](undefined, sender)).toMatchObject({
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
    const handlers = backupHandlers(folder, { clock: () => new Date('2026-11-25T08:00:00.000Z'), outcomesFile: join(data, 'backup-status.json') });
    expect((await handlers[IpcChannel.backupStatus](undefined, sender)).backups).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
    expect((await readdir(data)).sort()).toEqual(['.Preferences.0123456789ab.tmp', 'backups']);
  });
});
