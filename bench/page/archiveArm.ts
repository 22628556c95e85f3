import { JournalDatabase, type AttachmentContent } from '../../src/renderer/src/db/journalDatabase';
import { startImport } from '../../src/renderer/src/db/importInBackground';
import { exportArchiveInBackground } from '../../src/renderer/src/db/exportInBackground';
import { listEntryOf } from '../../src/renderer/src/db/listEntries';
import { storedCaseRowOf } from '../../src/renderer/src/db/caseRowSummary';
import { caseMoneyOf } from '../../src/shared/domain/caseMoney';
import { browserArchives } from '../../src/renderer/src/platform/browserArchives';
import * as phoneAccounts from '../../src/shared/domain/phoneAccount';
import type { JournalCase } from '../../src/shared/domain/caseSchema';
import { generateCases } from '../generateJournal';

const app = { name: 'Cancellation Journal', version: 'bench' };
const attachmentsPerCase = 2;
const writeBatchBytes = 32 * 1024 * 1024;

async function freshDatabase(): Promise<JournalDatabase> {
  await new JournalDatabase().delete();
  const db = new JournalDatabase();
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
 * The journal archive arm (issue 11): a journal of `caseCount` cases with `totalBytes` of attachment
 * bytes, exported to an archive through the app's path (export worker → pieces → the browser
 * build's download) and imported back through the app's path (the picked File read in slices by the
 * import worker, every hash checked, then written), into a fresh database.
 */
export const archiveArm = {
  async seed(caseCount: number, totalBytes: number) {
    const db = await freshDatabase();
    const generated = generateCases(caseCount);
    const count = caseCount * attachmentsPerCase;
    const size = Math.floor(totalBytes / count);
    let batch: AttachmentContent[] = [];
    let batchBytes = 0;
    let writeMs = 0;
    const write = async () => {
      const started = performance.now();
      await db.attachmentContents.bulkAdd(batch);
      writeMs += performance.now() - started;
      batch = [];
      batchBytes = 0;
    };
    const cases: JournalCase[] = [];
    for (const [index, fileCase] of generated.entries()) {
      const attachments = [];
      for (let k = 0; k < attachmentsPerCase; k += 1) {
        const bytes = randomBytes(size);
        const id = crypto.randomUUID();
        attachments.push({ id, name: `scan ${index + 1}-${k + 1}.png`, mediaType: 'image/png', size, sha256: hex(await crypto.subtle.digest('SHA-256', bytes)), addedAt: fileCase.createdAt, kind: 'screenshot' as const, stepId: null, deletedAt: null });
        batch.push({ id, caseId: fileCase.id, data: bytes });
        batchBytes += size;
        if (batchBytes >= writeBatchBytes) await write();
      }
      cases.push({ ...(fileCase as unknown as JournalCase), attachments });
    }
    await write();
    await db.transaction('rw', [db.cases, db.listEntries, db.caseRows, db.caseMoney], async () => {
      await db.cases.bulkAdd(cases);
      await db.listEntries.bulkAdd(cases.map((record) => listEntryOf(record, phoneAccounts)));
      await db.caseRows.bulkAdd(cases.map(storedCaseRowOf));
      await db.caseMoney.bulkAdd(cases.map(caseMoneyOf));
    });
    // Raw reads of the same bytes, as the export reads them (about 16 MiB a bulkGet).
    const ids = cases.flatMap((record) => record.attachments.map((attachment) => attachment.id));
    const perRead = Math.max(1, Math.floor((16 * 2 ** 20) / size));
    const readStarted = performance.now();
    for (let at = 0; at < ids.length; at += perRead) await db.attachmentContents.bulkGet(ids.slice(at, at + perRead));
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
    const db = new JournalDatabase();
    const started = performance.now();
    const phases: Record<string, number> = {};
    const opened = await browserArchives.beginExport('bench-journal.zip');
    const { cases } = await exportArchiveInBackground(db, { kind: 'all' }, app, {
      send: (bytes) => browserArchives.writePiece(opened.exportId, bytes),
      // The first progress comes once journal.json is written and the attachments begin.
      onProgress: () => (phases.attachmentsFromMs ??= Math.round(performance.now() - started)),
    });
    phases.lastPieceWrittenMs = Math.round(performance.now() - started);
    await browserArchives.finishExport(opened.exportId);
    phases.handedToDownloadMs = Math.round(performance.now() - started);
    db.close();
    return { cases, ms: performance.now() - started, phases };
  },

  async emptyDatabase() {
    (await freshDatabase()).close();
  },

  /** Imports the file set on the page's file input, as the Import button does. */
  async importArchive() {
    const input = document.querySelector<HTMLInputElement>('#archive-file');
    const file = input?.files?.[0];
    if (!file) throw new Error('no archive was given to the page');
    const db = new JournalDatabase();
    const started = performance.now();
    // When each phase began (verifying, checking, storing, writing), ms from the start.
    const phases: Record<string, number> = {};
    const opened = await browserArchives.open(file);
    if (opened.status !== 'archive') throw new Error(`not opened as an archive: ${opened.status}`);
    const session = startImport(db, { archive: { size: opened.size } }, (progress) => (phases[`${progress.phase}FromMs`] ??= Math.round(performance.now() - started)), (offset, length) =>
      browserArchives.read(opened.archiveId, offset, length),
    );
    const read = await session.read;
    if (read.ok !== true) throw new Error(JSON.stringify(read));
    phases.previewMs = Math.round(performance.now() - started);
    const written = await session.write('skip');
    if (written.ok !== true) throw new Error('import cancelled');
    const ms = performance.now() - started;
    phases.doneMs = Math.round(ms);
    browserArchives.close(opened.archiveId);
    const result = { ms, phases, cases: await db.cases.count(), attachments: await db.attachmentContents.count() };
    db.close();
    return result;
  },
};

const input = document.createElement('input');
input.type = 'file';
input.id = 'archive-file';
input.hidden = true;
document.body.append(input);
