import { createHash } from 'node:crypto';
import { mkdtemp, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '@shared/ipc/channels';
import { ipcContract } from '@shared/ipc/contract';
import { MAX_ATTACHMENT_BYTES } from '@shared/evidence/evidenceLimits';

const dialogs = vi.hoisted(() => ({ save: null as string | null, open: null as string | null, saveOptions: [] as unknown[] }));
vi.mock('electron', () => ({
  app: { getPath: () => '/home/user/Documents' },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showSaveDialog: async (options: unknown) => {
      dialogs.saveOptions.push(options);
      return dialogs.save ? { canceled: false, filePath: dialogs.save } : { canceled: true, filePath: '' };
    },
    showOpenDialog: async () => (dialogs.open ? { canceled: false, filePaths: [dialogs.open] } : { canceled: true, filePaths: [] }),
  },
}));

const { attachmentFileHandlers, attachmentStoreHandlers } = await import('./attachmentFileHandlers');
const { AttachmentStore } = await import('./files/attachmentStore');
const handlers = attachmentFileHandlers();
const sender = { printToPDF: vi.fn() };

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cj-evidence-'));
  dialogs.save = null;
  dialogs.open = null;
  dialogs.saveOptions = [];
});

describe('attachment file handlers', () => {
  it('read the file the user picks, bytes and name', async () => {
    expect(await handlers[IpcChannel.openAttachmentFile](undefined, sender)).toEqual({ status: 'canceled' });
    dialogs.open = join(dir, 'passport.jpg');
    await writeFile(dialogs.open, new Uint8Array([0xff, 0xd8, 0xff, 0x00]));
    const opened = await handlers[IpcChannel.openAttachmentFile](undefined, sender);
    expect(opened).toMatchObject({ status: 'opened', name: 'passport.jpg' });
    expect(opened.status === 'opened' && [...opened.bytes]).toEqual([0xff, 0xd8, 0xff, 0x00]);
    expect(ipcContract[IpcChannel.openAttachmentFile].response.safeParse(opened).success).toBe(true);
  });

  it('refuse a file over 50 MB by its size, without reading it', async () => {
    dialogs.open = join(dir, 'call.mp4');
    await writeFile(dialogs.open, '');
    const { truncate } = await import('node:fs/promises');
    await truncate(dialogs.open, MAX_ATTACHMENT_BYTES + 1);
    expect(await handlers[IpcChannel.openAttachmentFile](undefined, sender)).toEqual({
      status: 'tooLarge',
      name: 'call.mp4',
      size: MAX_ATTACHMENT_BYTES + 1,
      limit: MAX_ATTACHMENT_BYTES,
    });
  });

  it('accept only plain names and SHA-256 names for a copy of a stored file from the renderer', () => {
    const request = ipcContract[IpcChannel.saveStoredAttachmentCopy].request;
    expect(request.safeParse({ suggestedName: '../../.bashrc', sha256: 'a'.repeat(64) }).success).toBe(false);
    expect(request.safeParse({ suggestedName: 'a.txt', sha256: '../../etc/passwd' }).success).toBe(false);
    expect(request.safeParse({ suggestedName: 'a.txt', sha256: 'a'.repeat(64) }).success).toBe(true);
  });
});

describe('attachment bytes kept as files (the store’s channels)', () => {
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  const scan = new TextEncoder().encode('%PDF-1.7 a scanned confirmation letter');

  it('keep bytes under their hash, give them back for a preview, and save a copy from the file', async () => {
    const store = new AttachmentStore(join(dir, 'attachments'));
    const channels = attachmentStoreHandlers(store);
    const hash = sha256(scan);
    expect(await channels[IpcChannel.storeAttachmentBytes]({ sha256: hash, bytes: scan }, sender)).toEqual({ status: 'added' });
    expect(await channels[IpcChannel.storeAttachmentBytes]({ sha256: hash, bytes: scan }, sender)).toEqual({ status: 'present' });
    expect(new TextDecoder().decode(await channels[IpcChannel.readAttachmentBytes]({ sha256: hash }, sender))).toBe('%PDF-1.7 a scanned confirmation letter');

    expect(await channels[IpcChannel.saveStoredAttachmentCopy]({ sha256: hash, suggestedName: 'letter.pdf' }, sender)).toEqual({ status: 'canceled' });
    dialogs.save = join(dir, 'letter copy.pdf');
    expect(await channels[IpcChannel.saveStoredAttachmentCopy]({ sha256: hash, suggestedName: 'letter.pdf' }, sender)).toEqual({ status: 'saved', path: dialogs.save });
    expect(sha256(await readFile(dialogs.save))).toBe(hash);
    // The dialog offers the file's own name and type.
    expect(dialogs.saveOptions[1]).toEqual({ defaultPath: '/home/user/Documents/letter.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  });

  it('refuse bytes that are not what their hash says, and a copy of bytes that are not stored', async () => {
    const channels = attachmentStoreHandlers(new AttachmentStore(join(dir, 'attachments')));
    await expect(channels[IpcChannel.storeAttachmentBytes]({ sha256: sha256(new Uint8Array([1])), bytes: scan }, sender)).rejects.toThrow(/do not have that SHA-256/);
    dialogs.save = join(dir, 'never.pdf');
    await expect(channels[IpcChannel.saveStoredAttachmentCopy]({ sha256: sha256(scan), suggestedName: 'letter.pdf' }, sender)).rejects.toThrow(/No attachment file/);
    expect(dialogs.saveOptions).toEqual([]);
  });

  it('collect only files no attachment names (and none younger than the grace hour)', async () => {
    const store = new AttachmentStore(join(dir, 'attachments'));
    const channels = attachmentStoreHandlers(store);
    const other = new TextEncoder().encode('receipt');
    await store.put(sha256(scan), scan);
    await store.put(sha256(other), other);
    expect(await channels[IpcChannel.collectAttachmentGarbage]({ named: [sha256(scan)] }, sender)).toEqual({ removed: 0 });
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(store.pathOf(sha256(other)), old, old);
    await utimes(store.pathOf(sha256(scan)), old, old);
    expect(await channels[IpcChannel.collectAttachmentGarbage]({ named: [sha256(scan)] }, sender)).toEqual({ removed: 1 });
    expect(await store.hashes()).toEqual([sha256(scan)]);
  });

  it('name bytes only by a SHA-256: a path or anything else is refused before any handler runs', () => {
    const read = ipcContract[IpcChannel.readAttachmentBytes].request;
    expect(read.safeParse({ sha256: '../../etc/passwd' }).success).toBe(false);
    expect(read.safeParse({ sha256: 'A'.repeat(64) }).success).toBe(false);
    expect(ipcContract[IpcChannel.storeAttachmentBytes].request.safeParse({ sha256: '0'.repeat(64), bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1) }).success).toBe(false);
    expect(ipcContract[IpcChannel.saveStoredAttachmentCopy].request.safeParse({ sha256: '0'.repeat(64), suggestedName: '../x.pdf' }).success).toBe(false);
  });
});
