import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IpcChannel } from '@shared/ipc/channels';
import { backupHandlers } from './backupHandlers';

describe('backupHandlers', () => {
  it('reports when a backup is due, writes it and reads it back by name', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cj-backups-'));
    let now = new Date('2026-11-25T08:00:00.000Z');
    const handlers = backupHandlers(folder, () => now);
    const sender = { printToPDF: async () => Buffer.from('') };
    expect(await handlers[IpcChannel.backupStatus](undefined, sender)).toEqual({ folder: { kind: 'folder', path: folder }, due: true, backups: [] });
    const entry = await handlers[IpcChannel.writeBackup]({ contents: new TextEncoder().encode('{"format":"cancellation-journal"}') }, sender);
    expect(entry.createdAt).toBe(now.toISOString());
    now = new Date('2026-11-25T20:00:00.000Z');
    expect((await handlers[IpcChannel.backupStatus](undefined, sender)).due).toBe(false);
    expect(await handlers[IpcChannel.readBackup]({ name: entry.name }, sender)).toEqual({
      name: entry.name,
      text: '{"format":"cancellation-journal"}',
    });
  });
});
