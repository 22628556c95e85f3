import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
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

const { attachmentFileHandlers } = await import('./attachmentFileHandlers');
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

  it('save a copy byte for byte where the user says, offering its own name and type', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 255]);
    expect(await handlers[IpcChannel.saveAttachmentCopy]({ suggestedName: 'scan.pdf', contents: bytes }, sender)).toEqual({ status: 'canceled' });
    dialogs.save = join(dir, 'copy.pdf');
    expect(await handlers[IpcChannel.saveAttachmentCopy]({ suggestedName: 'scan.pdf', contents: bytes }, sender)).toEqual({ status: 'saved', path: dialogs.save });
    expect(new Uint8Array(await readFile(dialogs.save))).toEqual(bytes);
    expect(dialogs.saveOptions[1]).toEqual({ defaultPath: '/home/user/Documents/scan.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  });

  it('accept only plain names and attachment-sized bytes from the renderer', () => {
    const request = ipcContract[IpcChannel.saveAttachmentCopy].request;
    expect(request.safeParse({ suggestedName: '../../.bashrc', contents: new Uint8Array(1) }).success).toBe(false);
    expect(request.safeParse({ suggestedName: 'a.txt', contents: 'text' }).success).toBe(false);
    expect(request.safeParse({ suggestedName: 'a.txt', contents: new Uint8Array(1) }).success).toBe(true);
  });
});
