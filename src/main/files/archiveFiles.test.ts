import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { piecesSink, writeJournalArchive } from '@shared/journalArchive/writeJournalArchive';
import { attachmentEntryName, JOURNAL_ENTRY } from '@shared/journalArchive/archiveFormat';
import { manifestFor, rawZip, replaceBytes } from '@shared/journalArchive/archiveTestKit';
import { openJournalArchive } from '@shared/journalArchive/readJournalArchive';
import { ArchiveFiles, looksLikeZip, nodeHasher, verifyArchiveFile } from './archiveFiles';

const journal = new TextEncoder().encode('{"format":"cancellation-journal","version":2,"cases":[]}');
const receipt = new TextEncoder().encode('Receipt: 12.50 EUR, paid 2026-11-02');
const scan = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 31) % 253);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function* each<T>(items: T[]) {
  yield* items;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cj-archive-'));
});

/** Bytes written into an archive ArchiveFiles began, whole, from its start. */
const writeAll = (files: ArchiveFiles, id: string, bytes: Uint8Array) =>
  files.writeWhole(id, async (handle) => (await handle.write(bytes, 0, bytes.length, 0)).bytesWritten);

/** An archive made by zip.js (the browser build's writer), written through ArchiveFiles into an atomic file. */
async function exportThroughMain(path: string, pieceSize = 256 * 1024) {
  const files = new ArchiveFiles();
  const id = await files.beginExport(path);
  const pieces: Uint8Array[] = [];
  const sink = piecesSink(async (piece) => void pieces.push(piece.slice()), pieceSize);
  const attachments = [
    { name: 'scan.png', sha256: sha256(scan), bytes: scan },
    { name: 'receipt.txt', sha256: sha256(receipt), bytes: receipt },
  ];
  await writeJournalArchive(sink, journal, each(attachments), scan.length + receipt.length, nodeHasher);
  await writeAll(files, id, Buffer.concat(pieces));
  return files.finishExport(id);
}

describe('journal archives on disk (main process)', () => {
  it('round trip: written atomically, then read back with every hash checked', async () => {
    const path = join(dir, 'journal.zip');
    const saved = await exportThroughMain(path);
    expect(saved.path).toBe(path);
    expect((await readFile(path)).length).toBe(saved.size);
    expect(await readdir(dir)).toEqual(['journal.zip']);
    expect(await looksLikeZip(path)).toBe(true);
    expect(await verifyArchiveFile(path)).toMatchObject({ ok: true });
    // Read as an import reads it: through the pieces the main process serves of the opened file.
    const files = new ArchiveFiles();
    const { archiveId, size } = await files.openForReading(path);
    const result = await openJournalArchive({ size, read: (offset, length) => files.read(archiveId, offset, length) }, nodeHasher);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(new TextDecoder().decode(result.archive.journalBytes)).toBe(new TextDecoder().decode(journal));
    const chunks: Uint8Array[] = [];
    for await (const chunk of result.archive.attachmentChunks(sha256(scan))) chunks.push(chunk);
    expect(Buffer.concat(chunks).equals(Buffer.from(scan))).toBe(true);
    await files.close(archiveId);
    // Once closed, reading fails plainly instead of hanging.
    await expect(async () => {
      for await (const _ of result.archive.attachmentChunks(sha256(receipt))) void _;
    }).rejects.toMatchObject({ problem: { kind: 'damagedEntry' } });
  });

  it('reads only the opened file, at any offset, in bounded pieces, until it is closed', async () => {
    const path = join(dir, 'journal.zip');
    await exportThroughMain(path);
    const files = new ArchiveFiles();
    const { archiveId, name, size } = await files.openForReading(path);
    expect(name).toBe('journal.zip');
    const whole = await readFile(path);
    expect(size).toBe(whole.length);
    expect(Buffer.from(await files.read(archiveId, 10, 100)).equals(whole.subarray(10, 110))).toBe(true);
    expect((await files.read(archiveId, size - 5, 100)).length).toBe(5);
    await files.close(archiveId);
    await expect(files.read(archiveId, 0, 10)).rejects.toThrow(/no longer open/);
  });

  it('a cancelled export leaves nothing, and the file it would have replaced as it was', async () => {
    const path = join(dir, 'journal.zip');
    await writeFile(path, 'the previous archive');
    const files = new ArchiveFiles();
    const id = await files.beginExport(path);
    await writeAll(files, id, new Uint8Array(1000));
    await files.abortExport(id);
    expect(await readdir(dir)).toEqual(['journal.zip']);
    expect(await readFile(path, 'utf8')).toBe('the previous archive');
    await expect(writeAll(files, id, new Uint8Array(1))).rejects.toThrow(/no longer open/);
  });

  it('a tampered byte is refused', async () => {
    const path = join(dir, 'journal.zip');
    await exportThroughMain(path);
    await writeFile(path, replaceBytes(await readFile(path), '12.50 EUR', '99.50 EUR'));
    expect(await verifyArchiveFile(path)).toMatchObject({ ok: false, problem: { entry: attachmentEntryName(sha256(receipt)) } });
  });

  it('a truncated archive is refused', async () => {
    const path = join(dir, 'journal.zip');
    await exportThroughMain(path);
    const whole = await readFile(path);
    await writeFile(path, whole.subarray(0, whole.length - 200));
    expect((await verifyArchiveFile(path)).ok).toBe(false);
    await writeFile(path, whole.subarray(0, whole.length / 2));
    expect(await verifyArchiveFile(path)).toMatchObject({ ok: false, problem: { kind: 'notZip' } });
  });

  it('an entry with a path that leaves the archive is refused', async () => {
    const path = join(dir, 'evil.zip');
    const files = [{ name: JOURNAL_ENTRY, bytes: journal }];
    await writeFile(path, await rawZip([...files, { name: '../../.bashrc', bytes: receipt }, await manifestFor(files)]));
    expect(await verifyArchiveFile(path)).toEqual({ ok: false, problem: { kind: 'unsafeEntry', entry: '../../.bashrc' } });
  });

  it('two entries with the same name are refused', async () => {
    const path = join(dir, 'twice.zip');
    const files = [
      { name: JOURNAL_ENTRY, bytes: journal },
      { name: attachmentEntryName(sha256(receipt)), bytes: receipt },
    ];
    const decoy = attachmentEntryName('0'.repeat(64));
    const zip = await rawZip([...files, { name: decoy, bytes: scan }, await manifestFor(files)]);
    await writeFile(path, replaceBytes(zip, decoy, files[1]!.name));
    expect(await verifyArchiveFile(path)).toEqual({ ok: false, problem: { kind: 'duplicateEntry', entry: files[1]!.name } });
  });

  it('tells an archive from a JSON file by its first bytes', async () => {
    await writeFile(join(dir, 'journal.json'), '{"format":"cancellation-journal"}');
    await writeFile(join(dir, 'fake.zip'), '{"not":"a zip"}');
    expect(await looksLikeZip(join(dir, 'journal.json'))).toBe(false);
    expect(await looksLikeZip(join(dir, 'fake.zip'))).toBe(false);
  });
});
