import { serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import type { JournalDatabase } from './journalDatabase';
import { exportJournal, type ExportSelection } from './journalExport';
import type { ExportReply, ExportRequest } from './exportWorker';

type App = { name: string; version: string };
type Exported = { bytes: Uint8Array<ArrayBuffer>; cases: number };

async function exportHere(db: JournalDatabase, selection: ExportSelection, app: App): Promise<Exported> {
  const file = await exportJournal(db, selection, app);
  return { bytes: new TextEncoder().encode(serializeJournalFile(file)), cases: file.cases.length };
}

/** A worker's answer, or null when no worker could run here (then the caller does the work itself). */
function exportInWorker(db: JournalDatabase, selection: ExportSelection, app: App): Promise<ExportReply | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise<ExportReply | null>((resolve) => {
    worker.onmessage = (event: MessageEvent<ExportReply>) => resolve(event.data);
    // A worker that cannot even start (a scheme or policy that forbids it) is not an export error.
    worker.onerror = () => resolve(null);
    const request: ExportRequest = { databaseName: db.name, selection, app };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** A journal export as UTF-8 JSON bytes, made off the UI thread where possible. */
export async function exportJournalBytes(db: JournalDatabase, selection: ExportSelection, app: App): Promise<Exported> {
  const reply = await exportInWorker(db, selection, app);
  if (reply === null) return exportHere(db, selection, app);
  if (!reply.ok) throw new Error(reply.message);
  return { bytes: reply.bytes, cases: reply.cases };
}
