import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AttachmentFileMissing, AttachmentHashMismatch, AttachmentStore, GARBAGE_GRACE_MS, NotASha256 } from './attachmentStore';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const receipt = new TextEncoder().encode('Receipt: 12.50 EUR, paid 2026-11-02');
const scan = new Uint8Array(9 * 1024 * 1024 + 17).map((_, i) => (i * 31) % 251);

let folder: string;
let store: AttachmentStore;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cj-attachments-'));
  store = new AttachmentStore(join(folder, 'attachments'));
});

async function* inPieces(bytes: Uint8Array, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** Makes a stored file look `ms` old. */
async function age(path: string, ms: number) {
  const then = new Date(Date.now() - ms);
  await utimes(path, then, then);
}

describe('attachment files (content-addressed, in the data folder)', () => {
  it('keeps bytes under their SHA-256 in a folder of the first two digits, and reads them back byte for byte', async () => {
    const hash = sha256(receipt);
    expect(await store.put(hash, receipt)).toBe('added');
    expect(store.pathOf(hash)).toBe(join(folder, 'attachments', hash.slice(0, 2), `${hash}.bin`));
    expect(new Uint8Array(await readFile(store.pathOf(hash)))).toEqual(receipt);
    expect(await store.read(hash)).toEqual(receipt);
    expect(await store.sizeOf(hash)).toBe(receipt.length);
    expect(await store.hashes()).toEqual([hash]);
  });

  it('writes bytes that arrive in pieces, and gives them back in pieces', async () => {
    const hash = sha256(scan);
    expect(await store.putPieces(hash, inPieces(scan, 1_000_003))).toBe('added');
    const back: Uint8Array[] = [];
    for await (const piece of store.pieces(hash, 4 * 1024 * 1024)) back.push(piece.slice());
    expect(back.map((piece) => piece.length)).toEqual([4 * 1024 * 1024, 4 * 1024 * 1024, 1024 * 1024 + 17]);
    expect(sha256(Buffer.concat(back))).toBe(hash);
  });

  it('refuses bytes that are not what their name says, and keeps nothing of them (no file, no temporary file)', async () => {
    const hash = sha256(receipt);
    await expect(store.put(hash, new TextEncoder().encode('Receipt: 99.50 EUR, paid 2026-11-02'))).rejects.toBeInstanceOf(AttachmentHashMismatch);
    expect(await store.sizeOf(hash)).toBeNull();
    expect(await readdir(join(folder, 'attachments', hash.slice(0, 2)))).toEqual([]);
  });

  it('stores the same bytes once: a second attachment with them is told they are present', async () => {
    const hash = sha256(receipt);
    await store.put(hash, receipt);
    await age(store.pathOf(hash), 2 * GARBAGE_GRACE_MS);
    expect(await store.put(hash, receipt)).toBe('present');
    // …and their file is young again, so a garbage collection that began before this record cannot take it.
    expect(Date.now() - (await stat(store.pathOf(hash))).mtimeMs).toBeLessThan(60_000);
  });

  it('refuses a name that is not a SHA-256 (nothing outside the folder can be named)', async () => {
    expect(() => store.pathOf('../../etc/passwd')).toThrow(NotASha256);
    expect(() => store.pathOf('A'.repeat(64))).toThrow(NotASha256);
    await expect(store.read('0'.repeat(64))).rejects.toBeInstanceOf(AttachmentFileMissing);
  });

  it('"Save a copy" writes the stored file where the user chose, byte for byte, replacing what was there', async () => {
    const hash = sha256(scan);
    await store.put(hash, scan);
    const destination = join(folder, 'scan copy.png');
    await writeFile(destination, 'an older file');
    await store.copyTo(hash, destination);
    expect(sha256(await readFile(destination))).toBe(hash);
    await expect(store.copyTo(sha256(receipt), join(folder, 'nothing.txt'))).rejects.toBeInstanceOf(AttachmentFileMissing);
  });

  it('a batch (an import) names its files only once flushed together; what it discards leaves no trace', async () => {
    const batch = store.batch({ files: 2 });
    expect(await batch.put(sha256(receipt), inPieces(receipt, 8))).toBe('added');
    // Written, not yet named: no other reader can take a file that may not survive a power cut.
    expect(await store.sizeOf(sha256(receipt))).toBeNull();
    await batch.put(sha256(scan), inPieces(scan, 1 << 20));
    expect(batch.named).toEqual([sha256(receipt), sha256(scan)]);
    expect(await store.sizeOf(sha256(receipt))).toBe(receipt.length);

    const other = new TextEncoder().encode('Letter of cancellation, signed');
    const refused = store.batch();
    await refused.put(sha256(other), inPieces(other, 4));
    await expect(refused.put(sha256(receipt).replace(/^./, 'f'), inPieces(receipt, 4))).rejects.toBeInstanceOf(AttachmentHashMismatch);
    await refused.discard();
    expect(await store.sizeOf(sha256(other))).toBeNull();
    const left = await readdir(join(folder, 'attachments', sha256(other).slice(0, 2))).catch(() => []);
    expect(left.filter((name) => name.includes(sha256(other)))).toEqual([]);
  });

  it('a batch whose naming fails part way leaves the files after it neither named nor lying about as temporary files', async () => {
    const letters = ['first', 'second', 'third'].map((word) => new TextEncoder().encode(`The ${word} letter of cancellation`));
    const batch = store.batch();
    for (const letter of letters) expect(await batch.put(sha256(letter), inPieces(letter, 8))).toBe('added');
    // Something in the way of the second file's name (a folder where the file should go): its rename fails.
    await mkdir(store.pathOf(sha256(letters[1]!)), { recursive: true });
    await expect(batch.finish()).rejects.toThrow();
    expect(batch.named).toEqual([sha256(letters[0]!)]);
    expect(await store.sizeOf(sha256(letters[2]!))).toBeNull();
    const files = (await readdir(join(folder, 'attachments'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(files.map((entry) => entry.name)).toEqual([basename(store.pathOf(sha256(letters[0]!)))]);
  });

  describe('garbage collection after "Delete for good"', () => {
    it('removes a file no attachment names, keeps one another attachment still names', async () => {
      const shared = sha256(scan);
      const deleted = sha256(receipt);
      await store.put(shared, scan);
      await store.put(deleted, receipt);
      await age(store.pathOf(shared), 2 * GARBAGE_GRACE_MS);
      await age(store.pathOf(deleted), 2 * GARBAGE_GRACE_MS);
      // Two attachments had the scan's bytes; one was deleted for good, the other still names them.
      const named = new Set([shared]);
      expect(await store.collectGarbage((hash) => named.has(hash))).toEqual([deleted]);
      expect(await store.hashes()).toEqual([shared]);
      expect(sha256(await store.read(shared))).toBe(shared);
    });

    it('keeps a young file no record names yet (its record may be about to be committed)', async () => {
      const hash = sha256(receipt);
      await store.put(hash, receipt);
      expect(await store.collectGarbage(() => false)).toEqual([]);
      expect(await store.collectGarbage(() => false, { now: Date.now() + 2 * GARBAGE_GRACE_MS })).toEqual([hash]);
    });

    it('removes a crash’s old temporary file and leaves everything that is not the store’s alone', async () => {
      const hash = sha256(receipt);
      const sub = join(folder, 'attachments', hash.slice(0, 2));
      await store.put(hash, receipt);
      const leftover = join(sub, `.${hash}.0123456789ab.tmp`);
      await writeFile(leftover, 'half a file');
      await writeFile(join(sub, 'notes.txt'), 'the user’s own');
      await age(leftover, 2 * GARBAGE_GRACE_MS);
      await store.collectGarbage((candidate) => candidate === hash);
      expect((await readdir(sub)).sort()).toEqual([`${hash}.bin`, 'notes.txt']);
    });
  });
});
