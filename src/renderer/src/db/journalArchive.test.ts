import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bytesToBase64, sha256Hex } from '@shared/journalFile/base64';
import { sampleJournalFile } from '@shared/journalFile/journalFileFixtures';
import { MAX_EMBEDDED_ATTACHMENT_BYTES } from '@shared/journalFile/journalFileLimits';
import { readJournalFile } from '@shared/journalFile/readJournalFile';
import { serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import { bytesSource, collectingSink, replaceBytes } from '@shared/journalArchive/archiveTestKit';
import { openJournalArchive } from '@shared/journalArchive/readJournalArchive';
import { webHasher } from '@shared/journalArchive/hashing';
import { attachmentFilesInMemory, type AttachmentFiles } from './attachmentFiles';
import { JournalDatabase } from './journalDatabase';
import { importJournal } from './journalImport';
import { AttachmentsTooLargeForJson, exportJournal } from './journalExport';
import { exportJournalArchive } from './journalArchiveExport';
import { readArchiveForImport, writeArchiveImport } from './archiveImportSteps';
import { archiveJournalInBackground } from './exportInBackground';

const app = { name: 'Cancellation Journal', version: '0.1.0' };
const dbs: JournalDatabase[] = [];
/** Each journal with attachment files of its own, as another profile would have. */
function freshDb() {
  const db = new JournalDatabase(`archive-${crypto.randomUUID()}`, attachmentFilesInMemory());
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

/** What main's `archive:unpack-to-files` does: the whole archive checked, each attachment kept in `files` as it is checked. */
async function unpack(bytes: Uint8Array, files: AttachmentFiles) {
  const opened = await openJournalArchive(bytesSource(bytes), webHasher, {
    keepAttachment: async (sha256, chunks) => {
      const pieces: Uint8Array[] = [];
      for await (const chunk of chunks) pieces.push(chunk.slice());
      await files.put(sha256, new Uint8Array(await new Blob(pieces as Uint8Array<ArrayBuffer>[]).arrayBuffer()));
    },
  });
  if (!opened.ok) return opened;
  return { ok: true as const, unpacked: { journal: opened.archive.journalBytes, attachments: [...opened.archive.attachments].map(([sha256, size]) => ({ sha256, size })) } };
}

async function readArchive(bytes: Uint8Array, into: JournalDatabase) {
  const unpacked = await unpack(bytes, into.attachmentFiles);
  if (!unpacked.ok) throw new Error(JSON.stringify(unpacked.problem));
  const read = readArchiveForImport(unpacked.unpacked, () => undefined);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read;
}

/** Every attachment of every case, read back through the repository's path: its case, its size, and its bytes' hash. */
async function evidenceOf(db: JournalDatabase) {
  const found: string[] = [];
  for (const journalCase of await db.cases.toArray()) {
    for (const attachment of journalCase.attachments) {
      const bytes = await db.attachmentFiles.read(attachment.sha256);
      expect(await sha256Hex(bytes)).toBe(attachment.sha256);
      found.push(`${journalCase.title}: ${attachment.name} ${bytes.length}`);
    }
  }
  return found.sort();
}

describe('journal archives and the attachment files', () => {
  it('round-trips every case and every attachment byte for byte, each distinct attachment once in the archive and in the files', async () => {
    const bytes = await archiveOf(source);
    const target = freshDb();
    const read = await readArchive(bytes, target);
    const written: number[] = [];
    const outcome = await writeArchiveImport(target, read, 'skip', new AbortController().signal, (progress) => written.push(progress.done));
    expect(outcome).toEqual({ added: 3, replaced: 0, skipped: 0, templatesAdded: 0 });
    expect(written.at(-1)).toBe(3);
    expect((target.attachmentFiles as ReturnType<typeof attachmentFilesInMemory>).names()).toHaveLength(2);
    const byId = (file: { cases: { id: string }[] }) => [...file.cases].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await exportJournal(target, { kind: 'all' }, app))).toEqual(byId(await exportJournal(source, { kind: 'all' }, app)));
    expect(await evidenceOf(target)).toEqual(await evidenceOf(source));
    // Each case's money record, for the Overview, written with it.
    expect(await target.caseMoney.orderBy('id').toArray()).toEqual(await source.caseMoney.orderBy('id').toArray());
    expect(await target.caseMoney.count()).toBe(3);
    // Nothing in the database's old table: the bytes are only in the files.
    expect(await target.attachmentContents.count()).toBe(0);
  });

  it('replaces a case with its attachments, or keeps both with new ids, never touching another case’s bytes', async () => {
    const read = await readArchive(await archiveOf(source), source);
    const before = await evidenceOf(source);
    expect(await writeArchiveImport(source, read, 'replace', new AbortController().signal, () => undefined)).toMatchObject({ replaced: 3 });
    expect(await evidenceOf(source)).toEqual(before);
    expect(await writeArchiveImport(source, read, 'keepBoth', new AbortController().signal, () => undefined)).toMatchObject({ added: 3 });
    expect(await source.cases.count()).toBe(6);
    expect(await evidenceOf(source)).toEqual([...before, ...before].sort());
    const ids = (await source.cases.toArray()).flatMap((c) => c.attachments.map((a) => a.id));
    expect(new Set(ids).size).toBe(6);
  });

  it('a cancelled import leaves the journal as it was', async () => {
    const target = freshDb();
    const read = await readArchive(await archiveOf(source), target);
    const stop = new AbortController();
    stop.abort();
    await expect(writeArchiveImport(target, read, 'skip', stop.signal, () => undefined)).rejects.toThrow();
    expect(await target.cases.count()).toBe(0);
  });

  it('refuses an archive with a tampered attachment, and keeps none of its bytes', async () => {
    const bytes = replaceBytes(await archiveOf(source), 'Your account has been closed', 'Your account has been opened');
    const files = attachmentFilesInMemory();
    const unpacked = await unpack(bytes, files);
    expect(unpacked).toMatchObject({ ok: false, problem: { kind: 'hashMismatch' } });
  });

  it('refuses a journal that lists an attachment the archive did not hold', async () => {
    const target = freshDb();
    const unpacked = await unpack(await archiveOf(source), target.attachmentFiles);
    if (!unpacked.ok) throw new Error('expected to unpack');
    const read = readArchiveForImport({ ...unpacked.unpacked, attachments: unpacked.unpacked.attachments.slice(1) }, () => undefined);
    expect(read).toMatchObject({ ok: false, problem: { kind: 'archive', problem: { kind: 'attachmentNotInArchive' } } });
  });

  it('the window makes only journal.json and the list of attachments for main (exports and backups; here without a worker)', async () => {
    const made = await archiveJournalInBackground(source, { kind: 'all' }, app);
    expect(made.cases).toBe(3);
    const file = JSON.parse(new TextDecoder().decode(made.journal)) as { cases: { attachments: { sha256: string; data?: string }[] }[] };
    const listed = file.cases.flatMap((fileCase) => fileCase.attachments);
    expect(listed.length).toBeGreaterThan(0);
    // No bytes in it: main takes them from the attachment files, by the hashes listed.
    expect(listed.every((attachment) => attachment.data === undefined)).toBe(true);
    expect(new Set(made.attachments.map((attachment) => attachment.sha256))).toEqual(new Set(listed.map((attachment) => attachment.sha256)));
  });

  it('a JSON export refuses attachments too large for it, before reading their bytes', async () => {
    const huge = freshDb();
    const file = await sampleJournalFile(1);
    file.cases[0]!.attachments[0]!.size = Math.ceil((MAX_EMBEDDED_ATTACHMENT_BYTES / 4) * 3) + 3;
    await huge.cases.put({ ...file.cases[0]!, attachments: file.cases[0]!.attachments.map(({ data: _data, ...attachment }) => attachment) });
    await expect(exportJournal(huge, { kind: 'all' }, app)).rejects.toBeInstanceOf(AttachmentsTooLargeForJson);
  });
});
