import { IpcChannel } from '@shared/ipc/channels';
import type { JournalBridge } from '@shared/ipc/contract';
import { sha256Hex } from '@shared/journalFile/base64';

/**
 * Where a journal's attachment bytes live: files named by their SHA-256, owned by the main process
 * on the desktop (`<data folder>/attachments/ab/<sha256>.bin`) and kept in the origin private file
 * system in the browser build. The database keeps only what each case says of its attachments;
 * the bytes are read and written here, never in a database transaction. Content-addressed: the same
 * bytes are one file however many cases name them, and no write can change another case's bytes.
 */
export interface AttachmentFiles {
  /** Keeps `bytes` under their SHA-256 (checked before the file is named); bytes already kept are left as they are. */
  put(sha256: string, bytes: Uint8Array): Promise<unknown>;
  read(sha256: string): Promise<Uint8Array>;
  /** Removes the files no attachment names any more (Trash included), older than a grace hour; how many went. */
  collectGarbage(named: readonly string[]): Promise<number>;
}

/** The platform's attachment files, through the bridge (main on the desktop, OPFS in the browser build). */
export function attachmentFilesThrough(bridge: JournalBridge): AttachmentFiles {
  return {
    put: (sha256, bytes) => bridge.invoke(IpcChannel.storeAttachmentBytes, { sha256, bytes }),
    read: (sha256) => bridge.invoke(IpcChannel.readAttachmentBytes, { sha256 }),
    collectGarbage: async (named) => (await bridge.invoke(IpcChannel.collectAttachmentGarbage, { named: [...named] })).removed,
  };
}

export class AttachmentFileMissing extends Error {
  constructor(sha256: string) {
    super(`No attachment file holds the bytes ${sha256.slice(0, 12)}…`);
  }
}

/**
 * Attachment files kept in memory, with the same checks as the real ones (bytes must have the name's
 * hash): for the unit tests and for a database opened where no files exist (a worker asks the page).
 */
export function attachmentFilesInMemory(): AttachmentFiles & { readonly names: () => string[] } {
  const files = new Map<string, Uint8Array>();
  return {
    async put(sha256, bytes) {
      if ((await sha256Hex(bytes)) !== sha256) throw new Error(`The bytes given for the attachment ${sha256.slice(0, 12)}… do not have that SHA-256`);
      if (files.has(sha256)) return { status: 'present' };
      files.set(sha256, bytes.slice());
      return { status: 'added' };
    },
    async read(sha256) {
      const bytes = files.get(sha256);
      if (!bytes) throw new AttachmentFileMissing(sha256);
      return bytes.slice();
    },
    async collectGarbage(named) {
      const kept = new Set(named);
      let removed = 0;
      for (const sha256 of [...files.keys()]) {
        if (kept.has(sha256)) continue;
        files.delete(sha256);
        removed += 1;
      }
      return removed;
    },
    names: () => [...files.keys()].sort(),
  };
}

/** A database opened without attachment files: any use says so, instead of losing bytes quietly. */
export const noAttachmentFiles: AttachmentFiles = {
  put: () => Promise.reject(new Error('This journal was opened without its attachment files')),
  read: () => Promise.reject(new Error('This journal was opened without its attachment files')),
  collectGarbage: () => Promise.reject(new Error('This journal was opened without its attachment files')),
};

type FileAsk = { op: 'put'; sha256: string; bytes: Uint8Array } | { op: 'read'; sha256: string } | { op: 'collectGarbage'; named: string[] };
type FileRequest = { id: number } & FileAsk;
type FileReply = { id: number } & ({ ok: true; value: unknown } | { ok: false; message: string });

/**
 * The page's attachment files lent to a worker over a message port: a worker has no bridge on the
 * desktop (the preload exposes it to the page only), so it asks the page, which asks main.
 */
export function lendAttachmentFiles(files: AttachmentFiles, port: MessagePort): void {
  port.onmessage = (event: MessageEvent<FileRequest>) => {
    const request = event.data;
    const doing =
      request.op === 'put' ? files.put(request.sha256, request.bytes) : request.op === 'read' ? files.read(request.sha256) : files.collectGarbage(request.named);
    doing.then(
      (value) => {
        const reply: FileReply = { id: request.id, ok: true, value };
        port.postMessage(reply, value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : []);
      },
      (error: unknown) => port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies FileReply),
    );
  };
}

/** The other end of lendAttachmentFiles, in the worker. */
export function borrowedAttachmentFiles(port: MessagePort): AttachmentFiles {
  let next = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  port.onmessage = (event: MessageEvent<FileReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(new Error(reply.message));
  };
  const ask = <T>(request: FileAsk): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      port.postMessage({ ...request, id });
    });
  return {
    put: (sha256, bytes) => ask({ op: 'put', sha256, bytes }),
    read: (sha256) => ask<Uint8Array>({ op: 'read', sha256 }),
    collectGarbage: (named) => ask<number>({ op: 'collectGarbage', named: [...named] }),
  };
}
