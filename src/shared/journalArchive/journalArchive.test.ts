import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../journalFile/base64';
import { JOURNAL_ENTRY, MANIFEST_ENTRY, attachmentEntryName, unsafeEntryName } from './archiveFormat';
import { webHasher } from './hashing';
import { openJournalArchive, type VerifiedArchive } from './readJournalArchive';
import { StoredBytesMismatch, piecesSink, writeJournalArchive, type AttachmentBytes } from './writeJournalArchive';
import { bytesSource, collectingSink, handMadeArchive, manifestFor, rawZip, replaceBytes } from './archiveTestKit';

const journalText = '{"format":"cancellation-journal","version":2,"cases":[]}';
const scan = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
const receipt = new TextEncoder().encode('Receipt: 12.50 EUR, paid 2026-11-02');

async function attachment(name: string, bytes: Uint8Array): Promise<AttachmentBytes> {
  return { name, bytes, sha256: await sha256Hex(bytes) };
}

async function* each<T>(items: T[]) {
  yield* items;
}

async function archiveOf(items: AttachmentBytes[]): Promise<Uint8Array> {
  const { sink, bytes } = collectingSink();
  const total = items.reduce((sum, item) => sum + item.bytes.length, 0);
  await writeJournalArchive(sink, new TextEncoder().encode(journalText), each(items), total, webHasher, { now: new Date('2026-11-23T10:00:00Z') });
  return bytes();
}

async function readAll(archive: VerifiedArchive, sha256: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of archive.attachmentChunks(sha256)) chunks.push(chunk);
  return new Uint8Array(await new Blob(chunks as Uint8Array<ArrayBuffer>[]).arrayBuffer());
}

const open = (bytes: Uint8Array) => openJournalArchive(bytesSource(bytes), webHasher);

describe('the journal archive', () => {
  it('round-trips the journal and every attachment, byte for byte, each once', async () => {
    const items = [await attachment('scan.png', scan), await attachment('receipt.txt', receipt)];
    const progress: [number, number][] = [];
    const result = await openJournalArchive(bytesSource(await archiveOf(items)), webHasher, { onProgress: (done, total) => progress.push([done, total]) });
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(new TextDecoder().decode(result.archive.journalBytes)).toBe(journalText);
    expect(result.archive.manifest.files.map((file) => file.name)).toEqual([JOURNAL_ENTRY, attachmentEntryName(items[0]!.sha256), attachmentEntryName(items[1]!.sha256)]);
    expect(await readAll(result.archive, items[0]!.sha256)).toEqual(scan);
    expect(await readAll(result.archive, items[1]!.sha256)).toEqual(receipt);
    const total = journalText.length + scan.length + receipt.length;
    expect(progress.at(-1)).toEqual([total, total]);
  });

  it('says a check cancelled while journal.json is being inflated was cancelled, not that the archive is damaged', async () => {
    // A journal large enough to be deflated and read in several pieces.
    const bigJournal = JSON.stringify({ format: 'cancellation-journal', version: 2, cases: Array.from({ length: 40_000 }, (_, i) => ({ note: `case ${i} ${(i * 7919) % 104729}` })) });
    const { sink, bytes } = collectingSink();
    const items = [await attachment('receipt.txt', receipt)];
    await writeJournalArchive(sink, new TextEncoder().encode(bigJournal), each(items), receipt.length, webHasher, { now: new Date('2026-11-23T10:00:00Z') });
    const whole = bytesSource(bytes());
    const stop = new AbortController();
    let checking = false;
    const source = {
      size: whole.size,
      read: async (offset: number, length: number) => {
        // The first read once the check has begun (journal.json's bytes): Cancel is pressed meanwhile.
        if (checking) stop.abort(new DOMException('The archive job was cancelled', 'AbortError'));
        return whole.read(offset, length);
      },
    };
    const opening = openJournalArchive(source, webHasher, { signal: stop.signal, onProgress: (done) => void (checking ||= done === 0) });
    await expect(opening).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('says a check cancelled while the directory is read (the file let go of meanwhile) was cancelled, not that it is no zip', async () => {
    const stop = new AbortController();
    const source = {
      size: 100_000,
      read: async () => {
        // Close pressed: the job is cancelled and the archive closed under the reader.
        stop.abort(new DOMException('The archive job was cancelled', 'AbortError'));
        throw new Error('This archive is no longer open; start again');
      },
    };
    await expect(openJournalArchive(source, webHasher, { signal: stop.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses to export stored bytes that do not match their SHA-256', async () => {
    const damaged = { ...(await attachment('scan.png', scan)), bytes: receipt };
    await expect(archiveOf([damaged])).rejects.toBeInstanceOf(StoredBytesMismatch);
  });

  it('refuses an archive with one byte of an attachment changed', async () => {
    const bytes = await archiveOf([await attachment('receipt.txt', receipt)]);
    // The receipt is stored, not compressed: its text is in the zip as it is.
    const tampered = replaceBytes(bytes, '12.50 EUR', '99.50 EUR');
    const result = await open(tampered);
    expect(result).toMatchObject({ ok: false, problem: { entry: attachmentEntryName(await sha256Hex(receipt)) } });
    expect(['damagedEntry', 'hashMismatch']).toContain((result as { problem: { kind: string } }).problem.kind);
  });

  it('refuses a changed attachment even when its CRC-32 was made to match: the SHA-256 decides', async () => {
    const forged = new TextEncoder().encode('Receipt: 99.50 EUR, paid 2026-11-02');
    const files = [
      { name: JOURNAL_ENTRY, bytes: new TextEncoder().encode(journalText) },
      { name: attachmentEntryName(await sha256Hex(receipt)), bytes: receipt },
    ];
    const manifest = await manifestFor(files);
    // The zip is written afresh with the forged bytes (a fresh, matching CRC), the manifest kept.
    const result = await open(await rawZip([files[0]!, { name: files[1]!.name, bytes: forged }, manifest]));
    expect(result).toEqual({ ok: false, problem: { kind: 'hashMismatch', entry: files[1]!.name } });
  });

  it('refuses a truncated archive', async () => {
    const bytes = await archiveOf([await attachment('scan.png', scan)]);
    for (const keep of [bytes.length - 10, Math.floor(bytes.length / 2), 100, 0]) {
      const result = await open(bytes.slice(0, keep));
      expect(result.ok, `kept ${keep} bytes`).toBe(false);
    }
    expect(await open(bytes.slice(0, 100))).toMatchObject({ ok: false, problem: { kind: 'notZip' } });
  });

  it('refuses what is not a zip at all', async () => {
    expect(await open(new TextEncoder().encode(journalText))).toMatchObject({ ok: false, problem: { kind: 'notZip' } });
  });

  it('refuses an entry that names a place outside the archive', async () => {
    for (const name of ['../evil.sh', '/etc/passwd', 'attachments/../../x', 'C:\\Windows\\x', 'a//b']) {
      expect(unsafeEntryName(name), name).toBe(true);
    }
    expect(unsafeEntryName(attachmentEntryName('a'.repeat(64)))).toBe(false);
    const archive = await handMadeArchive(journalText, [receipt], [{ name: '../evil.sh', bytes: new TextEncoder().encode('rm -rf ~') }]);
    expect(await open(archive)).toEqual({ ok: false, problem: { kind: 'unsafeEntry', entry: '../evil.sh' } });
  });

  it('refuses two entries with the same name', async () => {
    const hash = await sha256Hex(receipt);
    const other = `${hash.slice(0, 63)}${hash.endsWith('0') ? '1' : '0'}`;
    const files = [
      { name: JOURNAL_ENTRY, bytes: new TextEncoder().encode(journalText) },
      { name: attachmentEntryName(hash), bytes: receipt },
    ];
    const zip = await rawZip([...files, { name: attachmentEntryName(other), bytes: scan }, await manifestFor(files)]);
    // The second entry renamed, in its local and central headers, to the first's name.
    const result = await open(replaceBytes(zip, attachmentEntryName(other), attachmentEntryName(hash)));
    expect(result).toEqual({ ok: false, problem: { kind: 'duplicateEntry', entry: attachmentEntryName(hash) } });
  });

  it('refuses entries the manifest does not list, and listed entries that are missing', async () => {
    const unlisted = await handMadeArchive(journalText, [receipt], [{ name: 'notes.txt', bytes: receipt }]);
    expect(await open(unlisted)).toEqual({ ok: false, problem: { kind: 'unlistedEntry', entry: 'notes.txt' } });
    const files = [
      { name: JOURNAL_ENTRY, bytes: new TextEncoder().encode(journalText) },
      { name: attachmentEntryName(await sha256Hex(receipt)), bytes: receipt },
    ];
    const missing = await rawZip([files[0]!, await manifestFor(files)]);
    expect(await open(missing)).toEqual({ ok: false, problem: { kind: 'missingEntry', entry: files[1]!.name } });
  });

  it('refuses an archive without a manifest, a newer manifest and a damaged one', async () => {
    expect(await open(await rawZip([{ name: JOURNAL_ENTRY, bytes: new TextEncoder().encode(journalText) }]))).toEqual({ ok: false, problem: { kind: 'noManifest' } });
    const files = [{ name: JOURNAL_ENTRY, bytes: new TextEncoder().encode(journalText) }];
    const newer = await rawZip([...files, await manifestFor(files, (manifest) => (manifest.version = 9))]);
    expect(await open(newer)).toEqual({ ok: false, problem: { kind: 'newerArchive', version: 9, supported: 1 } });
    const notJson = await rawZip([...files, { name: MANIFEST_ENTRY, bytes: new TextEncoder().encode('{ files: ') }]);
    expect(await open(notJson)).toEqual({ ok: false, problem: { kind: 'badManifest', reason: 'notJson' } });
    const misshapen = await rawZip([...files, await manifestFor(files, (manifest) => ((manifest.files as { sha256: string }[])[0]!.sha256 = 'not a hash'))]);
    expect(await open(misshapen)).toEqual({ ok: false, problem: { kind: 'badManifest', reason: 'shape', field: 'files.0.sha256' } });
    const noJournal = await rawZip([await manifestFor([])]);
    expect(await open(noJournal)).toEqual({ ok: false, problem: { kind: 'noJournal' } });
  });

  it('refuses a zip bomb: a size the manifest does not declare, an absurd ratio, a journal over the limit', async () => {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const files = [
      { name: JOURNAL_ENTRY, bytes: new TextEncoder().encode(journalText) },
      { name: attachmentEntryName(await sha256Hex(zeros)), bytes: zeros },
    ];
    const bomb = await rawZip([files[0]!, { ...files[1]!, level: 9 }, await manifestFor(files)]);
    expect(await open(bomb)).toEqual({ ok: false, problem: { kind: 'compressionRatio', entry: files[1]!.name } });

    const understated = await rawZip([...files.slice(0, 1), await manifestFor(files.slice(0, 1), (manifest) => ((manifest.files as { size: number }[])[0]!.size = 3))]);
    expect(await open(understated)).toEqual({ ok: false, problem: { kind: 'sizeMismatch', entry: JOURNAL_ENTRY } });

    const huge = await rawZip([...files.slice(0, 1), await manifestFor(files.slice(0, 1), (manifest) => ((manifest.files as { size: number }[])[0]!.size = 600 * 1024 * 1024))]);
    expect(await open(huge)).toMatchObject({ ok: false, problem: { kind: 'entryTooLarge', entry: JOURNAL_ENTRY } });
  });

  it('reads an attachment again only as it still is: bytes changed after the check are refused', async () => {
    const bytes = await archiveOf([await attachment('receipt.txt', receipt)]);
    const live = bytes.slice();
    const result = await openJournalArchive(bytesSource(live), webHasher);
    if (!result.ok) throw new Error('expected to open');
    live.set(replaceBytes(live, '12.50 EUR', '99.50 EUR'));
    const hash = await sha256Hex(receipt);
    await expect(readAll(result.archive, hash)).rejects.toMatchObject({ problem: { entry: attachmentEntryName(hash) } });
  });

  it('hands the archive on in bounded pieces', async () => {
    const pieces: number[] = [];
    const sink = piecesSink(async (piece) => void pieces.push(piece.length), 64 * 1024);
    await writeJournalArchive(sink, new TextEncoder().encode(journalText), each([await attachment('scan.png', scan)]), scan.length, webHasher);
    expect(Math.max(...pieces)).toBe(64 * 1024);
    expect(pieces.reduce((sum, size) => sum + size, 0)).toBeGreaterThan(scan.length);
  });
});

describe('the manifest', () => {
  it('names only the journal and attachments under their own hash, each once', async () => {
    const journal = { name: JOURNAL_ENTRY, bytes: new TextEncoder().encode(journalText) };
    const wrongName = { name: attachmentEntryName('a'.repeat(64)), bytes: receipt };
    expect(await open(await rawZip([journal, wrongName, await manifestFor([journal, wrongName])]))).toEqual({
      ok: false,
      problem: { kind: 'hashMismatch', entry: wrongName.name },
    });
    const twice = await rawZip([journal, await manifestFor([journal, journal])]);
    expect(await open(twice)).toEqual({ ok: false, problem: { kind: 'duplicateEntry', entry: JOURNAL_ENTRY } });
    const stray = { name: 'readme.txt', bytes: receipt };
    expect(await open(await rawZip([journal, stray, await manifestFor([journal, stray])]))).toEqual({ ok: false, problem: { kind: 'unlistedEntry', entry: 'readme.txt' } });
  });
});
