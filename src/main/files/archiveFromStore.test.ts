import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_ENTRY, attachmentEntryName } from '@shared/journalArchive/archiveFormat';
import { handMadeArchive } from '@shared/journalArchive/archiveTestKit';
import { StoredBytesMismatch } from '@shared/journalArchive/writeJournalArchive';
import { verifyArchiveFile } from './archiveFiles';
import { unpackArchiveToStore, writeArchiveFromStore } from './archiveFromStore';
import { AttachmentStore } from './attachmentStore';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const journal = new TextEncoder().encode('{"format":"cancellation-journal","version":4,"cases":[{"title":"Gym – 健身房"}]}');
const receipt = new TextEncoder().encode('Receipt: 12.50 EUR, paid 2026-11-02');
const scan = new Uint8Array(6 * 1024 * 1024 + 5).map((_, i) => (i * 37) % 251);

let dir: string;
let store: AttachmentStore;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cj-store-archive-'));
  store = new AttachmentStore(join(dir, 'attachments'));
  await store.put(sha256(scan), scan);
  await store.put(sha256(receipt), receipt);
});

const listed = () => [
  { name: 'scan.png', sha256: sha256(scan), size: scan.length },
  { name: 'receipt.txt', sha256: sha256(receipt), size: receipt.length },
  // A second attachment with the scan's bytes: the archive holds them once.
  { name: 'scan again.png', sha256: sha256(scan), size: scan.length },
];

/** The names of the files below `folder`, at any depth (none if it was never made). */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

/** Flips one byte of the archive's copy of `bytes` (found by its contents). */
async function flipByteOf(path: string, bytes: Uint8Array) {
  const archive = new Uint8Array(await readFile(path));
  const at = Buffer.from(archive).indexOf(Buffer.from(bytes.subarray(0, 64)));
  archive[at + 10] = archive[at + 10]! ^ 0xff;
  await writeFile(path, archive);
}

describe('archives written by the main process from the attachment files', () => {
  it('round trip: every entry checked by the archive reader, each bytes once, unpacked into another profile byte for byte', async () => {
    const path = join(dir, 'journal.zip');
    const progress: number[] = [];
    const written = await writeArchiveFromStore(path, journal, listed(), store, { onProgress: (done) => progress.push(done) });
    expect(written.size).toBe((await stat(path)).size);
    expect(progress.at(-1)).toBe(scan.length + receipt.length);

    const verified = await verifyArchiveFile(path);
    if (!verified.ok) throw new Error(verified.problem.kind);
    expect(verified.archive.manifest.files.map((file) => file.name)).toEqual([JOURNAL_ENTRY, attachmentEntryName(sha256(scan)), attachmentEntryName(sha256(receipt))]);
    expect(new TextDecoder().decode(verified.archive.journalBytes)).toBe(new TextDecoder().decode(journal));

    const fresh = new AttachmentStore(join(dir, 'fresh profile', 'attachments'));
    const unpacked = await unpackArchiveToStore(path, fresh);
    if (!unpacked.ok) throw new Error(unpacked.problem.kind);
    expect(unpacked.added.sort()).toEqual([sha256(scan), sha256(receipt)].sort());
    expect(new TextDecoder().decode(unpacked.journalBytes)).toBe(new TextDecoder().decode(journal));
    expect(sha256(await fresh.read(sha256(scan)))).toBe(sha256(scan));
    expect(sha256(await fresh.read(sha256(receipt)))).toBe(sha256(receipt));
  });

  it('zip64 fields (archives past 4 GiB) are written so the reader takes them', async () => {
    const path = join(dir, 'journal64.zip');
    await writeArchiveFromStore(path, journal, listed(), store, { zip64From: 0 });
    const verified = await verifyArchiveFile(path);
    expect(verified.ok).toBe(true);
    const unpacked = await unpackArchiveToStore(path, new AttachmentStore(join(dir, 'other')));
    expect(unpacked.ok).toBe(true);
  });

  it('refuses to export bytes damaged in storage, and leaves no archive (nor a half-written file) behind', async () => {
    await writeFile(store.pathOf(sha256(receipt)), 'Receipt: 99.50 EUR, paid 2026-11-02');
    const path = join(dir, 'journal.zip');
    await expect(writeArchiveFromStore(path, journal, listed(), store)).rejects.toBeInstanceOf(StoredBytesMismatch);
    expect((await readdir(dir)).filter((name) => name.includes('journal'))).toEqual([]);
  });

  it('a cancelled export leaves nothing behind', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(writeArchiveFromStore(join(dir, 'journal.zip'), journal, listed(), store, { signal: stop.signal })).rejects.toThrow();
    expect((await readdir(dir)).filter((name) => name.includes('journal'))).toEqual([]);
  });

  it('a Cancel that comes once every attachment is written still leaves no archive', async () => {
    const stop = new AbortController();
    const total = scan.length + receipt.length;
    const exporting = writeArchiveFromStore(join(dir, 'journal.zip'), journal, listed(), store, {
      signal: stop.signal,
      // The last attachment is through: only the manifest, the directory and the naming are left.
      onProgress: (done) => void (done === total && stop.abort(new DOMException('The archive job was cancelled', 'AbortError'))),
    });
    await expect(exporting).rejects.toMatchObject({ name: 'AbortError' });
    expect((await readdir(dir)).filter((name) => name.includes('journal'))).toEqual([]);
  });

  it('a Cancel that comes once every attachment is checked, while they are named, takes the import back whole', async () => {
    const path = join(dir, 'journal.zip');
    await writeArchiveFromStore(path, journal, listed(), store);
    const fresh = join(dir, 'fresh profile', 'attachments');
    const stop = new AbortController();
    const total = journal.length + scan.length + receipt.length;
    const unpacking = unpackArchiveToStore(path, new AttachmentStore(fresh), {
      signal: stop.signal,
      onProgress: (done) => void (done === total && stop.abort(new DOMException('The archive job was cancelled', 'AbortError'))),
    });
    await expect(unpacking).rejects.toMatchObject({ name: 'AbortError' });
    expect(await filesIn(fresh)).toEqual([]);
  });

  it('a tampered archive is refused by its hash, and the files this import had already added are removed', async () => {
    const path = join(dir, 'journal.zip');
    await writeArchiveFromStore(path, journal, listed(), store);
    // The scan (first in the archive) is whole; the receipt (second) is changed.
    await flipByteOf(path, receipt);
    const fresh = new AttachmentStore(join(dir, 'fresh profile', 'attachments'));
    const unpacked = await unpackArchiveToStore(path, fresh);
    expect(unpacked).toEqual({ ok: false, problem: { kind: 'hashMismatch', entry: attachmentEntryName(sha256(receipt)) } });
    expect(await fresh.hashes()).toEqual([]);
  });

  it('with many attachments checked at once, one tampered in the middle refuses the archive and leaves no file at all (named or half-written)', async () => {
    const letters = Array.from({ length: 24 }, (_, i) => new TextEncoder().encode(`Letter ${i}: the account is closed. `.repeat(200 + i)));
    for (const letter of letters) await store.put(sha256(letter), letter);
    const path = join(dir, 'letters.zip');
    await writeArchiveFromStore(path, journal, letters.map((letter, i) => ({ name: `letter ${i}.txt`, sha256: sha256(letter), size: letter.length })), store);
    const whole = new AttachmentStore(join(dir, 'whole profile'));
    const unpackedWhole = await unpackArchiveToStore(path, whole);
    expect(unpackedWhole.ok && unpackedWhole.added.length).toBe(letters.length);
    for (const letter of letters) expect(Buffer.from(await whole.read(sha256(letter))).equals(Buffer.from(letter))).toBe(true);

    await flipByteOf(path, letters[13]!);
    const fresh = join(dir, 'fresh profile', 'attachments');
    const unpacked = await unpackArchiveToStore(path, new AttachmentStore(fresh));
    expect(unpacked).toEqual({ ok: false, problem: { kind: 'hashMismatch', entry: attachmentEntryName(sha256(letters[13]!)) } });
    expect(await filesIn(fresh)).toEqual([]);
  });

  it('bytes the profile already holds are still checked, and stay when the archive is refused (other attachments name them)', async () => {
    const path = join(dir, 'journal.zip');
    await writeArchiveFromStore(path, journal, listed(), store);
    await flipByteOf(path, scan);
    const unpacked = await unpackArchiveToStore(path, store);
    expect(unpacked).toEqual({ ok: false, problem: { kind: 'hashMismatch', entry: attachmentEntryName(sha256(scan)) } });
    expect(sha256(await store.read(sha256(scan)))).toBe(sha256(scan));
    expect(sha256(await store.read(sha256(receipt)))).toBe(sha256(receipt));
  });

  it('an archive made elsewhere (deflated attachments, zip.js) unpacks too; a file that is no zip is refused', async () => {
    const path = join(dir, 'made elsewhere.zip');
    await writeFile(path, await handMadeArchive('{"cases":[]}', [receipt]));
    const fresh = new AttachmentStore(join(dir, 'fresh'));
    const unpacked = await unpackArchiveToStore(path, fresh);
    expect(unpacked.ok && unpacked.added).toEqual([sha256(receipt)]);

    await writeFile(join(dir, 'notes.zip'), 'not a zip at all');
    const refused = await unpackArchiveToStore(join(dir, 'notes.zip'), fresh);
    expect(refused.ok === false && refused.problem.kind).toBe('notZip');
  });
});
