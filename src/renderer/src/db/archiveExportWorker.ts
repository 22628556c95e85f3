/// <reference lib="webworker" />
import { piecesSink } from '@shared/journalArchive/writeJournalArchive';
import { JournalDatabase } from './journalDatabase';
import { archiveJournalOf, exportJournalArchive, type ArchivedAttachment } from './journalArchiveExport';
import { borrowedAttachmentFiles } from './attachmentFiles';
import type { ExportSelection } from './journalExport';

export type ArchiveExportRequest =
  /** `files`: the page's attachment files, lent over this port (the bytes are read from them). */
  | { kind: 'start'; databaseName: string; selection: ExportSelection; app: { name: string; version: string }; files: MessagePort }
  /** Only journal.json and the attachments it lists: main writes the archive from the files. */
  | { kind: 'journal'; databaseName: string; selection: ExportSelection; app: { name: string; version: string } }
  /** The oldest piece not yet acknowledged was written. */
  | { kind: 'written' }
  | { kind: 'cancel' };

export type ArchiveExportReply =
  | { kind: 'piece'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'progress'; written: number; total: number }
  | { kind: 'done'; cases: number }
  | { kind: 'journal'; journal: Uint8Array<ArrayBuffer>; attachments: ArchivedAttachment[]; cases: number }
  | { kind: 'failed'; message: string };

/**
 * Makes a journal archive off the UI thread and hands it to the page piece by piece (transferred,
 * not copied), making the next while the last is written and then waiting: however large the
 * evidence, only a few pieces are ever in memory.
 */
const reply = (message: ArchiveExportReply, transfer: Transferable[] = []) => self.postMessage(message, transfer);
const stop = new AbortController();
/** The pieces handed over and not yet written, oldest first (piecesSink lets two be on their way). */
const unwritten: (() => void)[] = [];

self.onmessage = async (event: MessageEvent<ArchiveExportRequest>) => {
  const request = event.data;
  if (request.kind === 'written') {
    unwritten.shift()?.();
    return;
  }
  if (request.kind === 'cancel') {
    stop.abort();
    return;
  }
  if (request.kind === 'journal') {
    const db = new JournalDatabase(request.databaseName);
    try {
      const made = await archiveJournalOf(db, request.selection, request.app);
      reply({ kind: 'journal', ...made }, [made.journal.buffer]);
    } catch (error) {
      reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      db.close();
    }
    return;
  }
  const db = new JournalDatabase(request.databaseName, borrowedAttachmentFiles(request.files));
  let last = 0;
  try {
    const sink = piecesSink(async (bytes) => {
      const acknowledged = new Promise<void>((resolve) => unwritten.push(resolve));
      reply({ kind: 'piece', bytes }, [bytes.buffer]);
      await acknowledged;
    });
    const { cases } = await exportJournalArchive(db, request.selection, request.app, sink, {
      signal: stop.signal,
      onProgress: (done, total) => {
        const now = performance.now();
        if (done < total && now - last < 100) return;
        last = now;
        reply({ kind: 'progress', written: done, total });
      },
    });
    reply({ kind: 'done', cases });
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
};
