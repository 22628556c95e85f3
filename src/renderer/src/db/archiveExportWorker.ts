/// <reference lib="webworker" />
import { JournalDatabase } from './journalDatabase';
import { archiveJournalOf, type ArchivedAttachment } from './journalArchiveExport';
import type { ExportSelection } from './journalExport';

/** journal.json and the attachments it lists: main writes the archive from the attachment files. */
export type ArchiveExportRequest = { kind: 'journal'; databaseName: string; selection: ExportSelection; app: { name: string; version: string } };

export type ArchiveExportReply =
  | { kind: 'journal'; journal: Uint8Array<ArrayBuffer>; attachments: ArchivedAttachment[]; cases: number }
  | { kind: 'failed'; message: string };

/**
 * Reads the chosen cases off the UI thread and makes the archive's journal.json (attachments listed
 * by SHA-256, without their bytes), transferred to the page, not copied.
 */
const reply = (message: ArchiveExportReply, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ArchiveExportRequest>) => {
  const request = event.data;
  const db = new JournalDatabase(request.databaseName);
  try {
    const made = await archiveJournalOf(db, request.selection, request.app);
    reply({ kind: 'journal', ...made }, [made.journal.buffer]);
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
