import { BrowserWindow, app, dialog, type WebContents } from 'electron';
import { extname, join } from 'node:path';
import { IpcChannel } from '@shared/ipc/channels';
import { MAX_ATTACHMENT_BYTES } from '@shared/evidence/evidenceLimits';
import type { IpcHandlers } from './ipcDispatch';
import { writeFileAtomically } from './files/atomicWrite';
import { readFileWithin } from './files/readLimitedFile';

type Handlers = Pick<IpcHandlers, typeof IpcChannel.openAttachmentFile | typeof IpcChannel.saveAttachmentCopy>;

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

    // Byte for byte what was attached; the dialog offers the file's own name and type.
    [IpcChannel.saveAttachmentCopy]: async ({ suggestedName, contents }, sender) => {
      const extension = extname(suggestedName).slice(1);
      const options = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
      };
      const parent = windowOf(sender);
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { status: 'canceled' };
      await writeFileAtomically(result.filePath, contents);
      return { status: 'saved', path: result.filePath };
    },
  };
}
