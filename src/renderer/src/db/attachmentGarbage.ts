import { runInWorker } from '../runInWorker';
import { namedAttachmentHashes } from './namedAttachments';
import type { NamedAttachmentsReply, NamedAttachmentsRequest } from './namedAttachmentsWorker';
import type { JournalDatabase } from './journalDatabase';

/** When attachment files may last have lost their last case (a delete for good, a replacing import). */
const garbageKey = 'attachmentGarbageSince';
/** The attachment files keep a file an hour after it was written (a record may be about to name it). */
const graceMs = 60 * 60 * 1000;

/**
 * Says that some attachment files may no longer be named by any case: the next collection
 * (collectAttachmentGarbage, at start) looks. Written after the delete or import; a mark lost to a
 * crash only leaves a file until the next one.
 */
export async function markAttachmentGarbage(db: JournalDatabase, now: Date = new Date()): Promise<void> {
  await db.settings.put({ key: garbageKey, value: now.toISOString() });
}

/**
 * Removes the attachment files no case names any more (Trash included), when something was deleted
 * since the last collection; otherwise reads nothing. Every case's attachments are read (their
 * SHA-256 only is kept) in a worker where one runs, after start. The mark stays until a
 * collection ran more than the grace hour after it, so a file just let go is collected too.
 */
export async function collectAttachmentGarbage(db: JournalDatabase, now: Date = new Date()): Promise<number | null> {
  const marked = (await db.settings.get(garbageKey))?.value;
  if (typeof marked !== 'string') return null;
  const request: NamedAttachmentsRequest = { databaseName: db.name };
  const reply = await runInWorker<NamedAttachmentsRequest, NamedAttachmentsReply>(
    () => new Worker(new URL('./namedAttachmentsWorker.ts', import.meta.url), { type: 'module' }),
    request,
  );
  if (reply && !reply.ok) throw new Error(reply.message);
  const named = reply ? reply.hashes : await namedAttachmentHashes(db);
  const removed = await db.attachmentFiles.collectGarbage(named);
  if (now.getTime() - Date.parse(marked) > graceMs) {
    await db.transaction('rw', db.settings, async () => {
      // Only the mark this collection saw: a delete meanwhile marks again.
      if ((await db.settings.get(garbageKey))?.value === marked) await db.settings.delete(garbageKey);
    });
  }
  return removed;
}
