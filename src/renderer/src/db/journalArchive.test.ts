import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bytesToBase64, sha256Hex } from '@shared/journalFile/base64';
import { sampleJournalFile } from '@shared/journalFile/journalFileFixtures';
import { MAX_EMBEDDED_ATTACHMENT_BYTES } from '@shared/journalFile/journalFileLimits';
import { readJournalFile } from '@shared/journalFile/readJournalFile';
import { serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import { bytesSource, collectingSink, replaceBytes } from '@shared/journalArchive/archiveTestKit';
import { JournalDatabase } from './journalDatabase';
import { importJournal } from './journalImport';
import { AttachmentsTooLargeForJson, exportJournal } from './journalExport';
import { exportJournalArchive } from './journalArchiveExport';
import { readArchiveForImport, writeArchiveImport } from './archiveImportSteps';
import { exportArchiveInBackground } from './exportInBackground';
import { startImport } from './importInBackground';

const app = { name: 'Cancellation Journal', version: '0.1.0' };
const dbs: JournalDatabase[] = [];
function freshDb() {
  const db = new JournalDatabase(`archive-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const scan = new Uint8Array(400_000).map((_, i) => (i * 13) % 241);
let source: JournalDatabase;

/** A journal of three cases, the first with a text attachment, two sharing one scan. */
beforeEach(async () => {
  source = freshDb();
  const file = await sampleJournalFile(3);
  const sha256 = await sha256Hex(scan);
  for (const [index, id] of [
    [1, '00000000-0000-4000-8000-00000000aa01'],
    [2, '00000000-0000-4000-8000-00000000aa02'],
  ] as const) {
    file.cases[index]!.attachments.push({ id, name: `scan ${index}.png`, mediaType: 'image/png', size: scan.length, sha256, addedAt: '2026-11-23T10:00:00.000Z', kind: 'screenshot', stepId: null, deletedAt: null, data: bytesToBase64(scan) });
  }
  const read = await readJournalFile(serializeJournalFile(file));
  if (!read.ok) throw new Error('fixture');
  await importJournal(source, read.file, 'skip');
});

async function archiveOf(db: JournalDatabase): Promise<Uint8Array> {
  const { sink, bytes } = collectingSink();
  await exportJournalArchive(db, { kind: 'all' }, app, sink);
  return bytes();
}

async function readArchive(bytes: Uint8Array) {
  const read = await readArchiveForImport(bytes.length, bytesSource(bytes).read, () => undefined);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read;
}

const contentsOf = async (db: JournalDatabase) => (await db.attachmentContents.toArray()).map((content) => [content.caseId, content.data.length]).sort();

describe('journal archives in the database', () => {
  it('round-trips every case and every attachment byte for byte, each distinct attachment stored once in the archive', async () => {
    const bytes = await archiveOf(source);
    const read = await readArchive(bytes);
    expect(read.archive.manifest.files).toHaveLength(3);
    const target = freshDb();
    const storing: number[] = [];
    const outcome = await writeArchiveImport(target, read, 'skip', new AbortController().signal, (progress) => {
      if (progress.phase === 'storing') storing.push(progress.done);
    });
    expect(outcome).toEqual({ added: 3, replaced: 0, skipped: 0, templatesAdded: 0 });
    expect(storing.at(-1)).toBe(scan.length * 2 + 41);
    const byId = (file: { cases: { id: string }[] }) => [...file.cases].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await exportJournal(target, { kind: 'all' }, app))).toEqual(byId(await exportJournal(source, { kind: 'all' }, app)));
    // Each case's money record, for the Overview, written with it.
    expect(await target.caseMoney.orderBy('id').toArray()).toEqual(await source.caseMoney.orderBy('id').toArray());
    expect(await target.caseMoney.count()).toBe(3);
  });

  it('replaces a case with its attachments, or keeps both with new ids, never touching another case’s bytes', async () => {
    const read = await readArchive(await archiveOf(source));
    const before = await contentsOf(source);
    expect(await writeArchiveImport(source, read, 'replace', new AbortController().signal, () => undefined)).toMatchObject({ replaced: 3 });
    expect(await contentsOf(source)).toEqual(before);
    expect(await writeArchiveImport(source, read, 'keepBoth', new AbortController().signal, () => undefined)).toMatchObject({ added: 3 });
    expect(await source.cases.count()).toBe(6);
    expect(await source.attachmentContents.count()).toBe(6);
    const ids = (await source.cases.toArray()).flatMap((c) => c.attachments.map((a) => a.id));
    expect(new Set(ids).size).toBe(6);
  });

  it('an archive whose bytes changed after the check is not imported, and no stored byte stays behind', async () => {
    const bytes = await archiveOf(source);
    const live = bytes.slice();
    const read = await readArchiveForImport(live.length, bytesSource(live).read, () => undefined);
    if (!read.ok) throw new Error('expected to read');
    // The scan's bytes change on disk between the check and the import.
    const target = freshDb();
    const at = live.findIndex((_, i) => live[i] === scan[1000] && live[i + 1] === scan[1001] && live[i + 2] === scan[1002] && live[i + 3] === scan[1003] && i > 1000);
    live[at]! ^= 0xff;
    await expect(writeArchiveImport(target, read, 'skip', new AbortController().signal, () => undefined)).rejects.toThrow();
    expect(await target.cases.count()).toBe(0);
    expect(await target.caseMoney.count()).toBe(0);
    expect(await target.attachmentContents.count()).toBe(0);
  });

  it('a cancelled import leaves the journal as it was', async () => {
    const read = await readArchive(await archiveOf(source));
    const target = freshDb();
    const stop = new AbortController();
    const importing = writeArchiveImport(target, read, 'skip', stop.signal, (progress) => {
      if (progress.phase === 'storing' && progress.done > 0) stop.abort();
    });
    await expect(importing).rejects.toThrow();
    expect(await target.cases.count()).toBe(0);
    expect(await target.attachmentContents.count()).toBe(0);
  });

  it('refuses an archive with a tampered attachment before writing anything, through the import session', async () => {
    const bytes = replaceBytes(await archiveOf(source), 'Your account has been closed', 'Your account has been opened');
    const target = freshDb();
    const session = startImport(target, { archive: { size: bytes.length } }, () => undefined, bytesSource(bytes).read);
    const read = await session.read;
    expect(read).toMatchObject({ ok: false, problem: { kind: 'archive' } });
    expect(await target.cases.count()).toBe(0);
  });

  it('exports through the background path in pieces (here, without a worker)', async () => {
    const pieces: Uint8Array[] = [];
    const { cases } = await exportArchiveInBackground(source, { kind: 'all' }, app, { send: async (piece) => void pieces.push(piece) });
    expect(cases).toBe(3);
    const joined = new Uint8Array(await new Blob(pieces as Uint8Array<ArrayBuffer>[]).arrayBuffer());
    expect((await readArchive(joined)).file.cases).toHaveLength(3);
  });

  it('a JSON export refuses attachments too large for it, before reading their bytes', async () => {
    const huge = freshDb();
    const file = await sampleJournalFile(1);
    file.cases[0]!.attachments[0]!.size = Math.ceil((MAX_EMBEDDED_ATTACHMENT_BYTES / 4) * 3) + 3;
    await huge.cases.put({ ...file.cases[0]!, attachments: file.cases[0]!.attachments.map(({ data: _data, ...attachment }) => attachment) });
    await expect(exportJournal(huge, { kind: 'all' }, app)).rejects.toBeInstanceOf(AttachmentsTooLargeForJson);
  });
});
