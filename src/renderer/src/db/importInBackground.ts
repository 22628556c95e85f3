import type { JournalFileProblem } from '@shared/journalFile/readJournalFile';
import type { JournalFile } from '@shared/journalFile/journalFileSchema';
import type { JournalDatabase } from './journalDatabase';
import type { ExistingCaseChoice, ImportOutcome, ImportPreview } from './journalImport';
import type { ImportProgress, ImportReply, ImportRequest, ImportSource } from './importProtocol';
import type { ReadArchive } from './archiveImportSteps';
import { lendAttachmentFiles } from './attachmentFiles';

export type { ImportProgress, ImportSource };
export type ImportRead = { ok: true; preview: ImportPreview } | { ok: false; problem: JournalFileProblem } | { ok: 'cancelled' };
export type ImportWritten = { ok: true; outcome: ImportOutcome } | { ok: 'cancelled' };

/**
 * One import, from the file to the journal: `read` checks it whole and previews it, `write` imports
 * it as the user chose, `cancel` stops either (nothing is written: the import is one transaction).
 * The work runs in a worker so the window stays responsive; where no worker can run, here.
 */
export interface ImportSession {
  read: Promise<ImportRead>;
  write: (existing: ExistingCaseChoice) => Promise<ImportWritten>;
  cancel: () => void;
}

export function startImport(db: JournalDatabase, source: ImportSource, onProgress: (progress: ImportProgress) => void): ImportSession {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  // The worker writes through a database object of its own: the list hears it as any other
  // window's write (Dexie's storagemutated, see db/listWrites), nobody has to tell it.
  return worker ? inWorker(worker, db, source, onProgress) : onThisThread(db, source, onProgress);
}

function inWorker(worker: Worker, db: JournalDatabase, source: ImportSource, onProgress: (progress: ImportProgress) => void): ImportSession {
  let settle: ((reply: ImportReply) => void) | null = null;
  let finished = false;
  const next = () => new Promise<ImportReply>((resolve) => (settle = resolve));
  const end = () => {
    finished = true;
    worker.terminate();
    files.port1.close();
  };
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const message = event.data;
    if (message.kind === 'progress') onProgress(message);
    else settle?.(message);
  };
  worker.onerror = (event) => settle?.({ kind: 'failed', message: event.message || 'The import could not run' });
  const post = (request: ImportRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);

  let writing = false;
  const read = next().then((reply): ImportRead => {
    if (reply.kind === 'preview') return { ok: true, preview: reply.preview };
    end();
    if (reply.kind === 'problem') return { ok: false, problem: reply.problem };
    if (reply.kind === 'cancelled') return { ok: 'cancelled' };
    throw new Error(reply.kind === 'failed' ? reply.message : `Unexpected reply ${reply.kind}`);
  });
  // The file's bytes move to the worker, they are not copied.
  const files = new MessageChannel();
  lendAttachmentFiles(db.attachmentFiles, files.port1);
  post({ kind: 'read', databaseName: db.name, source, files: files.port2 }, ['bytes' in source ? source.bytes.buffer : null, files.port2].filter((item) => item !== null) as Transferable[]);

  return {
    read,
    write: async (existing) => {
      writing = true;
      const done = next();
      post({ kind: 'import', existing });
      const reply = await done;
      end();
      if (reply.kind === 'done') return { ok: true, outcome: reply.outcome };
      if (reply.kind === 'cancelled') return { ok: 'cancelled' };
      throw new Error(reply.kind === 'failed' ? reply.message : `Unexpected reply ${reply.kind}`);
    },
    cancel: () => {
      if (finished) return;
      // While writing, the worker aborts its transaction and says so; before, there is nothing to undo.
      if (writing) post({ kind: 'cancel' });
      else {
        settle?.({ kind: 'cancelled' });
        end();
      }
    },
  };
}

function onThisThread(db: JournalDatabase, source: ImportSource, onProgress: (progress: ImportProgress) => void): ImportSession {
  const cancel = new AbortController();
  let file: JournalFile | null = null;
  let archive: Extract<ReadArchive, { ok: true }> | null = null;
  const read = (async (): Promise<ImportRead> => {
    const [{ readJournalBytes, readJournalFile }, { previewImport }, steps] = await Promise.all([
      import('@shared/journalFile/readJournalFile'),
      import('./journalImport'),
      import('./archiveImportSteps'),
    ]);
    if ('unpacked' in source) {
      const opened = steps.readArchiveForImport(source.unpacked, onProgress);
      if (cancel.signal.aborted) return { ok: 'cancelled' };
      if (!opened.ok) return { ok: false, problem: opened.problem };
      archive = opened;
      return { ok: true, preview: await previewImport(db, opened.file) };
    }
    const checking = (done: number, total: number) => onProgress({ phase: 'checking', done, total });
    const result = 'bytes' in source ? await readJournalBytes(source.bytes, checking) : await readJournalFile(source.text, checking);
    if (cancel.signal.aborted) return { ok: 'cancelled' };
    if (!result.ok) return { ok: false, problem: result.problem };
    file = result.file;
    return { ok: true, preview: await previewImport(db, file) };
  })();
  return {
    read,
    write: async (existing) => {
      if (!file && !archive) throw new Error('Nothing was read to import');
      const [{ importJournal }, { writeArchiveImport }] = await Promise.all([import('./journalImport'), import('./archiveImportSteps')]);
      try {
        const outcome = archive
          ? await writeArchiveImport(db, archive, existing, cancel.signal, onProgress)
          : await importJournal(db, file!, existing, undefined, {
              signal: cancel.signal,
              onProgress: (done, total) => onProgress({ phase: 'writing', done, total }),
            });
        return { ok: true, outcome };
      } catch (error) {
        if (cancel.signal.aborted) return { ok: 'cancelled' };
        throw error;
      }
    },
    cancel: () => cancel.abort(),
  };
}
