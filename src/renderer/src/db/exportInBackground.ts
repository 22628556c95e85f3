import { serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import type { JournalDatabase } from './journalDatabase';
import { AttachmentsTooLargeForJson, exportJournal, type ExportSelection } from './journalExport';
import type { ExportReply, ExportRequest } from './exportWorker';
import { runInWorker } from '../runInWorker';
import type { ArchiveExportReply, ArchiveExportRequest } from './archiveExportWorker';
import { lendAttachmentFiles } from './attachmentFiles';
import type { ArchivedAttachment } from './journalArchiveExport';

type App = { name: string; version: string };
type Exported = { bytes: Uint8Array<ArrayBuffer>; cases: number };

async function exportHere(db: JournalDatabase, selection: ExportSelection, app: App): Promise<Exported> {
  const file = await exportJournal(db, selection, app);
  return { bytes: new TextEncoder().encode(serializeJournalFile(file)), cases: file.cases.length };
}

/** A journal export as UTF-8 JSON bytes, made off the UI thread where possible. */
export async function exportJournalBytes(db: JournalDatabase, selection: ExportSelection, app: App): Promise<Exported> {
  // The file embeds the attachments' bytes: the worker reads them through the page's files, lent over a port.
  const files = new MessageChannel();
  lendAttachmentFiles(db.attachmentFiles, files.port1);
  const request: ExportRequest = { databaseName: db.name, selection, app, files: files.port2 };
  const reply = await runInWorker<ExportRequest, ExportReply>(() => new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' }), request, {
    transfer: [files.port2],
  }).finally(() => files.port1.close());
  if (reply === null) return exportHere(db, selection, app);
  if (!reply.ok) throw reply.tooLargeForJson ? new AttachmentsTooLargeForJson(reply.tooLargeForJson.size, reply.tooLargeForJson.limit) : new Error(reply.message);
  return { bytes: reply.bytes, cases: reply.cases };
}

/**
 * What Export archive and an automatic backup send to main (`archive:export-from-files`,
 * `backup:write-from-files`): journal.json and the attachments it lists, made in a worker where
 * possible. Main writes the archive from these and the attachment files.
 */
export async function archiveJournalInBackground(
  db: JournalDatabase,
  selection: ExportSelection,
  app: App,
): Promise<{ journal: Uint8Array<ArrayBuffer>; attachments: ArchivedAttachment[]; cases: number }> {
  const request: ArchiveExportRequest = { kind: 'journal', databaseName: db.name, selection, app };
  const reply = await runInWorker<ArchiveExportRequest, ArchiveExportReply>(() => new Worker(new URL('./archiveExportWorker.ts', import.meta.url), { type: 'module' }), request);
  if (reply === null) return (await import('./journalArchiveExport')).archiveJournalOf(db, selection, app);
  if (reply.kind === 'journal') return reply;
  throw new Error(reply.message);
}
