/// <reference lib="webworker" />
import { JournalDatabase } from './journalDatabase';
import { namedAttachmentHashes } from './namedAttachments';

export interface NamedAttachmentsRequest {
  databaseName: string;
}
export type NamedAttachmentsReply = { ok: true; hashes: string[] } | { ok: false; message: string };

/** Reads every case off the UI thread: at 100,000 cases that is seconds of work the window would feel. */
self.onmessage = async (event: MessageEvent<NamedAttachmentsRequest>) => {
  const db = new JournalDatabase(event.data.databaseName);
  try {
    const reply: NamedAttachmentsReply = { ok: true, hashes: await namedAttachmentHashes(db) };
    self.postMessage(reply);
  } catch (error) {
    const reply: NamedAttachmentsReply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  } finally {
    db.close();
  }
};
