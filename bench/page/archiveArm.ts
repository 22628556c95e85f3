import { JournalDatabase } from '../../src/renderer/src/db/journalDatabase';
import { startImport } from '../../src/renderer/src/db/importInBackground';
import { archiveJournalInBackground } from '../../src/renderer/src/db/exportInBackground';
import { browserArchiveFiles } from '../../src/renderer/src/platform/browserArchiveFiles';
import { benchFiles, opfsFiles, removeAllFiles } from './benchFiles';
import { listEntryOf } from '../../src/renderer/src/db/listEntries';
import { storedCaseRowOf } from '../../src/renderer/src/db/caseRowSummary';
import { caseMoneyOf } from '../../src/shared/domain/caseMoney';
import { browserArchives } from '../../src/renderer/src/platform/browserArchives';
import * as phoneAccounts from '../../src/shared/domain/phoneAccount';
import type { JournalCase } from '../../src/shared/domain/caseSchema';
import { generateCases } from '../generateJournal';

const app = { name: 'Cancellation Journal', version: 'bench' };
const attachmentsPerCase = 2;
const archiveFiles = browserArchiveFiles(opfsFiles);

async function freshDatabase(): Promise<JournalDatabase> {
  await new JournalDatabase().delete();
  await removeAllFiles();
  const db = new JournalDatabase(undefined, benchFiles);
  await db.open();
  return db;
}

/** Bytes that do not compress (scans and photos hardly do), made in 64 KiB slices as WebCrypto allows. */
function randomBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65536) crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65536)));
  return bytes;
}

const hex = (digest: ArrayBuffer) => [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * The journal archive arm of the browser build (issue 11): a journal of `caseCount` cases with
 * `totalBytes` of attachment bytes in the attachment files (OPFS), exported to an archive through
 * the app's path (journal.json made in the worker, the archive written from the files by the
 * browser build's stand-in for main, then downloaded) and imported back through the app's path
 * (checked whole and unpacked into the files, then the records written), into a fresh profile.
 */
export const archiveArm = {
  async seed(caseCount: number, totalBytes: number) {
    const db = await freshDatabase();
    const generated = generateCases(caseCount);
    const count = caseCount * attachmentsPerCase;
    const size = Math.floor(totalBytes / count);
    let writeMs = 0;
    const cases: JournalCase[] = [];
    for (const [index, fileCase] of generated.entries()) {
      const attachments = [];
      for (let k = 0; k < attachmentsPerCase; k += 1) {
        const bytes = randomBytes(size);
        const id = crypto.randomUUID();
        attachments.push({ id, name: `scan ${index + 1}-${k + 1}.png`, mediaType: 'image/png', size, sha256: hex(await crypto.subtle.digest('SHA-256', bytes)), addedAt: fileCase.createdAt, kind: 'screenshot' as const, stepId: null, deletedAt: null });
        const started = performance.now();
        await benchFiles.put(attachments.at(-1)!.sha256, bytes);
        writeMs += performance.now() - started;
      }
      cases.push({ ...(fileCase as unknown as JournalCase), attachments });
    }
    await db.transaction('rw', [db.cases, db.listEntries, db.caseRows, db.caseMoney], async () => {
      await db.cases.bulkAdd(cases);
      await db.listEntries.bulkAdd(cases.map((record) => listEntryOf(record, phoneAccounts)));
      await db.caseRows.bulkAdd(cases.map(storedCaseRowOf));
      await db.caseMoney.bulkAdd(cases.map(caseMoneyOf));
    });
    // Raw reads of the same files, one after another, as the export reads them.
    const readStarted = performance.now();
    for (const record of cases) for (const attachment of record.attachments) await opfsFiles.read(attachment.sha256);
    const readMs = performance.now() - readStarted;
    db.close();
    const mb = (size * count) / 2 ** 20;
    return {
      cases: caseCount,
      attachments: count,
      attachmentBytes: size * count,
      rawWriteMBPerSecond: Math.round(mb / (writeMs / 1000)),
      rawReadMBPerSecond: Math.round(mb / (readMs / 1000)),
    };
  },

  /** Ends when the archive is handed to the browser as a download; the runner waits for the file on disk. */
  async exportArchive() {
    const db = new JournalDatabase(undefined, benchFiles);
    const started = performance.now();
    const phases: Record<string, number> = {};
    const made = await archiveJournalInBackground(db, { kind: 'all' }, app);
    phases.journalMadeMs = Math.round(performance.now() - started);
    const saved = await archiveFiles.exportFromFiles({ suggestedName: 'bench-journal.zip', journal: made.journal, attachments: made.attachments });
    if (saved.status !== 'saved') throw new Error(`not saved: ${saved.status}`);
    phases.handedToDownloadMs = Math.round(performance.now() - started);
    db.close();
    return { cases: made.cases, ms: performance.now() - started, phases };
  },

  async emptyDatabase() {
    (await freshDatabase()).close();
  },

  /** Imports the file set on the page's file input, as the Import button does. */
  async importArchive() {
    const input = document.querySelector<HTMLInputElement>('#archive-file');
    const file = input?.files?.[0];
    if (!file) throw new Error('no archive was given to the page');
    const db = new JournalDatabase(undefined, benchFiles);
    const started = performance.now();
    // When each phase began (unpacked, checking, writing), ms from the start.
    const phases: Record<string, number> = {};
    const opened = await browserArchives.open(file);
    if (opened.status !== 'archive') throw new Error(`not opened as an archive: ${opened.status}`);
    const unpacked = await archiveFiles.unpackToFiles({ archiveId: opened.archiveId });
    if (unpacked.status !== 'unpacked') throw new Error(JSON.stringify(unpacked));
    phases.unpackedMs = Math.round(performance.now() - started);
    const session = startImport(db, { unpacked }, (progress) => (phases[`${progress.phase}FromMs`] ??= Math.round(performance.now() - started)));
    const read = await session.read;
    if (read.ok !== true) throw new Error(JSON.stringify(read));
    phases.previewMs = Math.round(performance.now() - started);
    const written = await session.write('skip');
    if (written.ok !== true) throw new Error('import cancelled');
    const ms = performance.now() - started;
    phases.doneMs = Math.round(ms);
    browserArchives.close(opened.archiveId);
    const result = { ms, phases, cases: await db.cases.count(), attachments: (await db.cases.toArray()).reduce((sum, c) => sum + c.attachments.length, 0) };
    db.close();
    return result;
  },
};

const input = document.createElement('input');
input.type = 'file';
input.id = 'archive-file';
input.hidden = true;
document.body.append(input);
