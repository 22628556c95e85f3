import { sha256Hex } from '@shared/journalFile/base64';
import { downloadBlob } from './browserFiles';

/** Files younger than this are never collected (their record may not be committed yet); as in the desktop app. */
export const GARBAGE_GRACE_MS = 60 * 60 * 1000;
const sha256Pattern = /^[0-9a-f]{64}$/;
const storedName = /^([0-9a-f]{64})\.bin$/;

export class AttachmentBytesMismatch extends Error {
  constructor(sha256: string) {
    super(`The bytes given for the attachment ${sha256.slice(0, 12)}… do not have that SHA-256`);
  }
}

export class AttachmentFileMissing extends Error {
  constructor(sha256: string) {
    super(`No attachment file holds the bytes ${sha256.slice(0, 12)}…`);
  }
}

function checked(sha256: string): string {
  if (!sha256Pattern.test(sha256)) throw new Error('An attachment is named by its SHA-256: 64 lowercase hex digits');
  return sha256;
}

const isNotFound = (error: unknown) => (error as { name?: string } | null)?.name === 'NotFoundError';

/**
 * The browser build's attachment files: the same interface as the desktop app's store in the main
 * process, kept in the origin private file system (OPFS, `navigator.storage.getDirectory()`) as
 * `attachments/ab/abcdef….bin`. A writable stream's bytes replace the file only when it is closed,
 * so a file is whole or absent; its hash is checked before it is written.
 */
export function browserAttachmentFiles(root: () => Promise<FileSystemDirectoryHandle> = () => navigator.storage.getDirectory()) {
  const folder = async (sha256: string, create: boolean) => {
    checked(sha256);
    const attachments = await (await root()).getDirectoryHandle('attachments', { create });
    return attachments.getDirectoryHandle(sha256.slice(0, 2), { create });
  };
  const fileOf = async (sha256: string): Promise<File> => {
    checked(sha256);
    try {
      return await (await (await folder(sha256, false)).getFileHandle(`${sha256}.bin`)).getFile();
    } catch (error) {
      if (isNotFound(error)) throw new AttachmentFileMissing(sha256);
      throw error;
    }
  };
  return {
    async put(sha256: string, bytes: Uint8Array): Promise<{ status: 'added' | 'present' }> {
      if ((await sha256Hex(bytes)) !== checked(sha256)) throw new AttachmentBytesMismatch(sha256);
      const directory = await folder(sha256, true);
      try {
        await directory.getFileHandle(`${sha256}.bin`);
        return { status: 'present' };
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      const writable = await (await directory.getFileHandle(`${sha256}.bin`, { create: true })).createWritable();
      try {
        await writable.write(bytes as Uint8Array<ArrayBuffer>);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
      return { status: 'added' };
    },

    /** Removes a file this page has just added and no record will name (an import that was refused). */
    async remove(sha256: string): Promise<void> {
      try {
        await (await folder(sha256, false)).removeEntry(`${sha256}.bin`);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },

    async read(sha256: string): Promise<Uint8Array<ArrayBuffer>> {
      return new Uint8Array(await (await fileOf(sha256)).arrayBuffer());
    },

    /** "Save a copy": the stored file handed to the browser as a download, never read into script. */
    async saveCopy(sha256: string, suggestedName: string): Promise<{ status: 'saved'; path: string }> {
      downloadBlob(suggestedName, await fileOf(sha256));
      return { status: 'saved', path: suggestedName };
    },

    async collectGarbage(named: readonly string[], now = Date.now()): Promise<{ removed: number }> {
      const kept = new Set(named);
      let attachments: FileSystemDirectoryHandle;
      try {
        attachments = await (await root()).getDirectoryHandle('attachments');
      } catch (error) {
        if (isNotFound(error)) return { removed: 0 };
        throw error;
      }
      let removed = 0;
      for await (const [prefix, sub] of attachments.entries()) {
        if (sub.kind !== 'directory' || !/^[0-9a-f]{2}$/.test(prefix)) continue;
        for await (const [name, entry] of (sub as FileSystemDirectoryHandle).entries()) {
          const match = storedName.exec(name);
          if (!match || entry.kind !== 'file' || kept.has(match[1]!)) continue;
          const file = await (entry as FileSystemFileHandle).getFile();
          if (now - file.lastModified < GARBAGE_GRACE_MS) continue;
          await (sub as FileSystemDirectoryHandle).removeEntry(name);
          removed += 1;
        }
      }
      return { removed };
    },
  };
}
