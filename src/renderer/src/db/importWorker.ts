/// <reference lib="webworker" />
import { readJournalBytes, readJournalFile } from '@shared/journalFile/readJournalFile';
import type { JournalFile } from '@shared/journalFile/journalFileSchema';
import { JournalDatabase } from './journalDatabase';
import { borrowedAttachmentFiles } from './attachmentFiles';
import { importJournal, previewImport } from './journalImport';
import type { ImportProgress, ImportReply, ImportRequest } from './importProtocol';
import { readArchiveForImport, writeArchiveImport, type ReadArchive } from './archiveImportSteps';

/**
 * Reads, checks and writes an import off the UI thread: parsing and validating 100,000 cases takes
 * seconds, which would otherwise freeze the window. The file stays here between the preview and the
 * user's choice; only small messages (progress, the preview, the outcome) cross to the page. An
 * archive comes unpacked (main wrote its attachments to the files); a JSON file's attachment bytes
 * are kept through the page's attachment files, lent over a port.
 */
let db: JournalDatabase | null = null;
let file: JournalFile | null = null;
let archive: Extract<ReadArchive, { ok: true }> | null = null;
let cancel: AbortController | null = null;

const reply = (message: ImportReply) => self.postMessage(message);
/** Progress is said at most every 100 ms: a message per case would flood the page. */
function progressReporter() {
  let last = 0;
  let lastPhase = '';
  return ({ phase, done, total }: ImportProgress) => {
    const now = performance.now();
    if (phase === lastPhase && done < total && now - last < 100) return;
    last = now;
    lastPhase = phase;
    reply({ kind: 'progress', phase, done, total });
  };
}
const reporter = (phase: ImportProgress['phase']) => {
  const report = progressReporter();
  return (done: number, total: number) => report({ phase, done, total });
};

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'read') {
      db = new JournalDatabase(request.databaseName, borrowedAttachmentFiles(request.files));
      const { source } = request;
      if ('unpacked' in source) {
        const read = readArchiveForImport(source.unpacked, progressReporter());
        if (!read.ok) return reply({ kind: 'problem', problem: read.problem });
        archive = read;
        return reply({ kind: 'preview', preview: await previewImport(db, read.file) });
      }
      const checking = reporter('checking');
      const result = 'bytes' in source ? await readJournalBytes(source.bytes, checking) : await readJournalFile(source.text, checking);
      if (!result.ok) return reply({ kind: 'problem', problem: result.problem });
      file = result.file;
      reply({ kind: 'preview', preview: await previewImport(db, file) });
    } else if (request.kind === 'import') {
      if (!db || (!file && !archive)) throw new Error('Nothing was read to import');
      cancel = new AbortController();
      const outcome = archive
        ? await writeArchiveImport(db, archive, request.existing, cancel.signal, progressReporter())
        : await importJournal(db, file!, request.existing, undefined, { signal: cancel.signal, onProgress: reporter('writing') });
      reply({ kind: 'done', outcome });
    } else {
      cancel?.abort();
    }
  } catch (error) {
    if (cancel?.signal.aborted) return reply({ kind: 'cancelled' });
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
