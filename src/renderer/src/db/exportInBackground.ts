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

export interface ArchiveExportControls {
  /** Writes one piece of the archive where it goes (the main process's file, a download); resolves once written. */
  send: (piece: Uint8Array<ArrayBuffer>) => Promise<void>;
  onProgress?: (written: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * A journal archive, made in a worker where possible and handed to `send` piece by piece, each
 * written before the next is made. Resolves with the number of cases once the last piece is written.
 */
export async function exportArchiveInBackground(db: JournalDatabase, selection: ExportSelection, app: App, controls: ArchiveExportControls): Promise<{ cases: number }> {
  // Pieces may come before the last is written; they are written one after another, in order
  // (the main process appends each to the file), and after a failure none is.
  let writing: Promise<void> = Promise.resolve();
  const send = (piece: Uint8Array<ArrayBuffer>) => (writing = writing.then(() => controls.send(piece)));
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./archiveExportWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) {
    const [{ exportJournalArchive }, { piecesSink }] = await Promise.all([import('./journalArchiveExport'), import('@shared/journalArchive/writeJournalArchive')]);
    return exportJournalArchive(db, selection, app, piecesSink(send), { signal: controls.signal, onProgress: controls.onProgress });
  }
  const running = worker;
  const { onProgress, signal } = controls;
  try {
    return await new Promise<{ cases: number }>((resolve, reject) => {
      const post = (request: ArchiveExportRequest) => running.postMessage(request);
      signal?.addEventListener('abort', () => {
        post({ kind: 'cancel' });
        reject(signal.reason instanceof Error ? signal.reason : new DOMException('The export was cancelled', 'AbortError'));
      });
      running.onerror = (event) => reject(new Error(event.message || 'The export could not run'));
      running.onmessage = (event: MessageEvent<ArchiveExportReply>) => {
        const message = event.data;
        if (message.kind === 'piece') {
          send(message.bytes).then(
            () => post({ kind: 'written' }),
            (error: unknown) => {
              post({ kind: 'cancel' });
              reject(error instanceof Error ? error : new Error(String(error)));
            },
          );
        } else if (message.kind === 'progress') onProgress?.(message.written, message.total);
        else if (message.kind === 'done') resolve({ cases: message.cases });
        else if (message.kind === 'failed') reject(new Error(message.message));
      };
      const files = new MessageChannel();
      lendAttachmentFiles(db.attachmentFiles, files.port1);
      signal?.addEventListener('abort', () => files.port1.close());
      running.postMessage({ kind: 'start', databaseName: db.name, selection, app, files: files.port2 } satisfies ArchiveExportRequest, [files.port2]);
    });
  } finally {
    running.terminate();
  }
}

/**
 * What Export archive sends to main (`archive:export-from-files`): journal.json and the attachments
 * it lists, made in a worker where possible. Main writes the archive from these and the files.
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
  throw new Error(reply.kind === 'failed' ? reply.message : `Unexpected reply ${reply.kind}`);
}
