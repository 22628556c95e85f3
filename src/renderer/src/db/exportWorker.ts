/// <reference lib="webworker" />
import { serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import { JournalDatabase } from './journalDatabase';
import { borrowedAttachmentFiles } from './attachmentFiles';
import { AttachmentsTooLargeForJson, exportJournal, type ExportSelection } from './journalExport';

export interface ExportRequest {
  databaseName: string;
  selection: ExportSelection;
  app: { name: string; version: string };
  /** The page's attachment files, lent over this port: the file embeds the bytes. */
  files: MessagePort;
}
export type ExportReply =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; cases: number }
  | { ok: false; message: string; tooLargeForJson?: { size: number; limit: number } };

/**
 * Reads and serialises a journal export off the UI thread: for 100,000 cases that is seconds of
 * work that would otherwise freeze scrolling. The bytes are transferred back, not copied.
 */
self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  const { databaseName, selection, app, files } = event.data;
  const db = new JournalDatabase(databaseName, borrowedAttachmentFiles(files));
  try {
    const file = await exportJournal(db, selection, app);
    const bytes = new TextEncoder().encode(serializeJournalFile(file));
    const reply: ExportReply = { ok: true, bytes, cases: file.cases.length };
    self.postMessage(reply, [bytes.buffer]);
  } catch (error) {
    const tooLargeForJson = error instanceof AttachmentsTooLargeForJson ? { size: error.size, limit: error.limit } : undefined;
    const reply: ExportReply = { ok: false, message: error instanceof Error ? error.message : String(error), tooLargeForJson };
    self.postMessage(reply);
  } finally {
    db.close();
  }
};
