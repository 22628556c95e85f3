import type { AttachmentFiles } from '../../src/renderer/src/db/attachmentFiles';
import { browserAttachmentFiles } from '../../src/renderer/src/platform/browserAttachmentFiles';

/** The browser build's attachment files (OPFS), as the app's database is given them. */
export const opfsFiles = browserAttachmentFiles();
export const benchFiles: AttachmentFiles = {
  put: (sha256, bytes) => opfsFiles.put(sha256, bytes),
  read: (sha256) => opfsFiles.read(sha256),
  collectGarbage: async (named) => (await opfsFiles.collectGarbage(named)).removed,
};

/** Every attachment file gone, so each phase starts from a fresh profile. */
export async function removeAllFiles(): Promise<void> {
  await (await navigator.storage.getDirectory()).removeEntry('attachments', { recursive: true }).catch(() => undefined);
}
