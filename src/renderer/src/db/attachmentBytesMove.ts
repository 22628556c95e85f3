import { sha256Hex } from '@shared/journalFile/base64';
import type { JournalDatabase } from './journalDatabase';

/** Where attachment bytes go: files named by their SHA-256 (the bridge's `attachment:store-bytes`). */
export interface AttachmentFileSink {
  put(sha256: string, bytes: Uint8Array): Promise<unknown>;
}

export interface MoveProgress {
  moved: number;
  left: number;
}

/**
 * Moves every attachment's bytes from the database's `attachmentContents` (before version 11) into
 * the attachment files, then removes them from the database. Resumable and idempotent: a row is
 * read, its bytes written to their file (a file already there is left as it is), and only when a
 * whole batch is in files are its rows deleted, in one transaction. A crash or a failed write
 * anywhere leaves every attachment's bytes in the database, in a file, or in both — never in
 * neither — and the next start carries on. Bytes are named by their own SHA-256 (computed here), so
 * a row whose case is gone or whose bytes were damaged still goes to a file of what it holds.
 * Returns how many rows were moved.
 */
export async function moveAttachmentBytesToFiles(
  db: JournalDatabase,
  files: AttachmentFileSink,
  { batchBytes = 32 * 1024 * 1024, onProgress }: { batchBytes?: number; onProgress?: (progress: MoveProgress) => void } = {},
): Promise<number> {
  let moved = 0;
  for (;;) {
    // Keys first, then one row at a time: attachments are up to 50 MB each, a batch is bounded by bytes.
    const ids = (await db.attachmentContents.limit(64).primaryKeys()) as string[];
    if (ids.length === 0) return moved;
    const done: string[] = [];
    let bytes = 0;
    for (const id of ids) {
      const row = await db.attachmentContents.get(id);
      if (!row) continue;
      await files.put(await sha256Hex(row.data), row.data);
      done.push(id);
      bytes += row.data.byteLength;
      if (bytes >= batchBytes) break;
    }
    await db.transaction('rw', db.attachmentContents, () => db.attachmentContents.bulkDelete(done));
    moved += done.length;
    onProgress?.({ moved, left: await db.attachmentContents.count() });
  }
}
