/// <reference lib="webworker" />
import { readJournalBytes, readJournalFile } from '@shared/journalFile/readJournalFile';
import type { JournalFile } from '@shared/journalFile/journalFileSchema';
import { JournalDatabase } from './journalDatabase';
import { importJournal, previewImport } from './journalImport';
import type { ImportReply, ImportRequest } from './importProtocol';

/**
 * Reads, checks and writes an import off the UI thread: parsing and validating 100,000 cases takes
 * seconds, which would otherwise freeze the window. The file stays here between the preview and the
 * user's choice; only small messages (progress, the preview, the outcome) cross to the page.
 */
let db: JournalDatabase | null = null;
let file: JournalFile | null = null;
let cancel: AbortController | null = null;

const reply = (message: ImportReply) => self.postMessage(message);
/** Progress is said at most every 100 ms: a message per case would flood the page. */
function progressReporter(phase: 'checking' | 'writing') {
  let last = 0;
  return (done: number, total: number) => {
    const now = performance.now();
    if (done < total && now - last < 100) return;
    last = now;
    reply({ kind: 'progress', phase, done, total });
  };
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'read') {
      db = new JournalDatabase(request.databaseName);
      const checking = progressReporter('checking');
      const result = 'bytes' in request.source ? await readJournalBytes(request.source.bytes, checking) : await readJournalFile(request.source.text, checking);
      if (!result.ok) return reply({ kind: 'problem', problem: result.problem });
      file = result.file;
      reply({ kind: 'preview', preview: await previewImport(db, file) });
    } else if (request.kind === 'import') {
      if (!db || !file) throw new Error('Nothing was read to import');
      cancel = new AbortController();
      const outcome = await importJournal(db, file, request.existing, undefined, { signal: cancel.signal, onProgress: progressReporter('writing') });
      reply({ kind: 'done', outcome });
    } else {
      cancel?.abort();
    }
  } catch (error) {
    if (cancel?.signal.aborted) return reply({ kind: 'cancelled' });
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
