import { Worker } from 'node:worker_threads';
import { JOURNAL_FORMAT } from '@shared/journalFile/journalFileSchema';

/** Bytes handed over as a backup that are not a journal export: never written, never counted. */
export class NotAJournal extends Error {}

/**
 * Runs in a worker thread: parsing a journal of hundreds of megabytes takes seconds, and the main
 * process must keep moving and painting windows meanwhile. The worker is given as source (not as a
 * file) so the bundled main process needs no separate worker file. Plain JavaScript on purpose.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { bytes, format } = workerData;
let answer;
try {
  const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value.format !== format) {
    answer = { ok: false, reason: 'it is not a Cancellation Journal export' };
  } else if (!Array.isArray(value.cases)) {
    answer = { ok: false, reason: 'it has no list of cases' };
  } else {
    answer = { ok: true, cases: value.cases.length };
  }
} catch (error) {
  answer = { ok: false, reason: error instanceof TypeError ? 'it is not UTF-8 text' : 'it is not valid JSON' };
}
parentPort.postMessage(answer);
`;

type Answer = { ok: true; cases: number } | { ok: false; reason: string };

/**
 * How many cases the journal export in `bytes` holds, read from the export itself so that no one
 * can claim a count: the count decides which backups are kept. Anything that is not UTF-8 JSON
 * with the journal's format and a list of cases is refused with NotAJournal.
 */
export function countJournalCases(bytes: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { bytes, format: JOURNAL_FORMAT } });
    let answered = false;
    worker.once('message', (answer: Answer) => {
      answered = true;
      void worker.terminate();
      if (answer.ok) resolve(answer.cases);
      else reject(new NotAJournal(`The backup was refused: ${answer.reason}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`Counting the backup's cases stopped (exit code ${code})`));
    });
  });
}
