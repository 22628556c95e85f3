import { BrowserWindow, app, dialog, type WebContents } from 'electron';
import { extname, join } from 'node:path';
import { IpcChannel } from '@shared/ipc/channels';
import { MAX_ATTACHMENT_BYTES } from '@shared/evidence/evidenceLimits';
import type { IpcHandlers } from './ipcDispatch';
import { readFileWithin } from './files/readLimitedFile';
import { AttachmentFileMissing, type AttachmentStore } from './files/attachmentStore';

type Handlers = Pick<IpcHandlers, typeof IpcChannel.openAttachmentFile>;
type StoreHandlers = Pick<
  IpcHandlers,
  typeof IpcChannel.storeAttachmentBytes | typeof IpcChannel.readAttachmentBytes | typeof IpcChannel.saveStoredAttachmentCopy | typeof IpcChannel.collectAttachmentGarbage
>;

function windowOf(sender: unknown): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(sender as WebContents) ?? undefined;
}

/** Evidence in and out: any file, picked by the user in the system's own dialogs. */
export function attachmentFileHandlers(): Handlers {
  return {
    // The size is checked before the file is read (readFileWithin): a 4 GB video is refused, not loaded.
    [IpcChannel.openAttachmentFile]: async (_request, sender) => {
      const options = { properties: ['openFile' as const] };
      const parent = windowOf(sender);
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const [path] = result.filePaths;
      if (result.canceled || !path) return { status: 'canceled' };
      return readFileWithin(path, MAX_ATTACHMENT_BYTES);
    },
  };
}

/** The system's save dialog, offering the file's own name and type in the Documents folder. */
async function askWhereToSave(suggestedName: string, sender: unknown): Promise<string | null> {
  const extension = extname(suggestedName).slice(1);
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
  };
  const parent = windowOf(sender);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/**
 * Attachment bytes as files in the data folder (`store`): kept, read for a preview, saved out by a
 * copy from the file, and collected once nothing names them. The window names bytes only by their
 * SHA-256 (the contract allows nothing else), so it cannot reach any other file.
 */
export function attachmentStoreHandlers(store: AttachmentStore): StoreHandlers {
  return {
    [IpcChannel.storeAttachmentBytes]: async ({ sha256, bytes }) => ({ status: await store.put(sha256, bytes) }),
    [IpcChannel.readAttachmentBytes]: ({ sha256 }) => store.read(sha256),
    [IpcChannel.saveStoredAttachmentCopy]: async ({ sha256, suggestedName }, sender) => {
      // Asked before the dialog: a missing file is said at once, not after the user chose a place.
      if ((await store.sizeOf(sha256)) === null) throw new AttachmentFileMissing(sha256);
      const path = await askWhereToSave(suggestedName, sender);
      if (!path) return { status: 'canceled' };
      await store.copyTo(sha256, path);
      return { status: 'saved', path };
    },
    [IpcChannel.collectAttachmentGarbage]: async ({ named }) => {
      const kept = new Set(named);
      return { removed: (await store.collectGarbage((sha256) => kept.has(sha256))).length };
    },
  };
}
