import { sha256Hex } from '@shared/journalFile/base64';
import { describe, expect, it } from 'vitest';
import { handMadeArchive } from '@shared/journalArchive/archiveTestKit';
import { browserArchives } from './browserArchives';
import { browserArchiveFiles } from './browserArchiveFiles';
import { AttachmentBytesMismatch, AttachmentFileMissing, GARBAGE_GRACE_MS, browserAttachmentFiles } from './browserAttachmentFiles';

const notFound = () => Object.assign(new Error('A requested file or directory could not be found'), { name: 'NotFoundError' });

/**
 * An origin private file system in memory, as far as the store uses it (Node has none): folders,
 * files with their time of last change, writable streams that replace a file only when closed.
 */
class MemoryFolder {
  readonly kind = 'directory';
  readonly children = new Map<string, MemoryFolder | MemoryFile>();
  async getDirectoryHandle(name: string, { create = false } = {}) {
    const found = this.children.get(name);
    if (found instanceof MemoryFolder) return found;
    if (!create) throw notFound();
    const made = new MemoryFolder();
    this.children.set(name, made);
    return made;
  }
  async getFileHandle(name: string, { create = false } = {}) {
    const found = this.children.get(name);
    if (found instanceof MemoryFile) return found;
    if (!create) throw notFound();
    const made = new MemoryFile();
    this.children.set(name, made);
    return made;
  }
  async removeEntry(name: string) {
    this.children.delete(name);
  }
  async *entries() {
    yield* this.children.entries();
  }
}

class MemoryFile {
  readonly kind = 'file';
  bytes = new Uint8Array();
  lastModified = Date.now();
  async getFile() {
    return Object.assign(new Blob([this.bytes]), { lastModified: this.lastModified });
  }
  async createWritable() {
    const written: Uint8Array[] = [];
    return {
      write: async (bytes: Uint8Array) => void written.push(bytes.slice()),
      close: async () => {
        this.bytes = new Uint8Array(await new Blob(written as Uint8Array<ArrayBuffer>[]).arrayBuffer());
        this.lastModified = Date.now();
      },
      abort: async () => undefined,
    };
  }
}

const receipt = new TextEncoder().encode('Receipt: 12.50 EUR, paid 2026-11-02');
const other = new TextEncoder().encode('Letter of cancellation');
const one = new Uint8Array([1]);
const hashes = new Map<Uint8Array, string>();
for (const bytes of [receipt, other, one]) hashes.set(bytes, await sha256Hex(bytes));
const sha256 = (bytes: Uint8Array) => hashes.get(bytes)!;

function storeInMemory() {
  const root = new MemoryFolder();
  return { root, files: browserAttachmentFiles(async () => root as unknown as FileSystemDirectoryHandle) };
}

describe('attachment files in the browser build (OPFS)', () => {
  it('keeps bytes as attachments/ab/<sha256>.bin, once, and reads them back', async () => {
    const { root, files } = storeInMemory();
    const hash = sha256(receipt);
    expect(await files.put(hash, receipt)).toEqual({ status: 'added' });
    expect(await files.put(hash, receipt)).toEqual({ status: 'present' });
    const folder = (await root.getDirectoryHandle('attachments')).children.get(hash.slice(0, 2)) as MemoryFolder;
    expect([...folder.children.keys()]).toEqual([`${hash}.bin`]);
    expect(new TextDecoder().decode(await files.read(hash))).toBe('Receipt: 12.50 EUR, paid 2026-11-02');
  });

  it('refuses bytes that are not what their hash says, and says when bytes are not stored', async () => {
    const { root, files } = storeInMemory();
    await expect(files.put(sha256(one), receipt)).rejects.toBeInstanceOf(AttachmentBytesMismatch);
    expect(root.children.size).toBe(0);
    await expect(files.read(sha256(receipt))).rejects.toBeInstanceOf(AttachmentFileMissing);
    await expect(files.read('../secrets')).rejects.toThrow(/SHA-256/);
  });

  it('collects files no attachment names once older than the grace hour, keeps named ones', async () => {
    const { files } = storeInMemory();
    await files.put(sha256(receipt), receipt);
    await files.put(sha256(other), other);
    expect(await files.collectGarbage([sha256(receipt)])).toEqual({ removed: 0 });
    expect(await files.collectGarbage([sha256(receipt)], Date.now() + 2 * GARBAGE_GRACE_MS)).toEqual({ removed: 1 });
    await expect(files.read(sha256(other))).rejects.toBeInstanceOf(AttachmentFileMissing);
    expect((await files.read(sha256(receipt))).length).toBe(receipt.length);
  });
});

describe('archives unpacked into the attachment files in the browser build', () => {
  it('checks the archive whole and writes its attachments to OPFS; a tampered one is refused with nothing kept', async () => {
    const { files } = storeInMemory();
    const archive = await handMadeArchive('{"cases":[]}', [receipt, other]);
    const opened = await browserArchives.open(new File([archive as Uint8Array<ArrayBuffer>], 'journal.zip'));
    if (opened.status !== 'archive') throw new Error(opened.status);
    const unpacked = await browserArchiveFiles(files).unpackToFiles({ archiveId: opened.archiveId });
    expect(unpacked.status === 'unpacked' && new TextDecoder().decode(unpacked.journal)).toBe('{"cases":[]}');
    expect(new TextDecoder().decode(await files.read(sha256(other)))).toBe('Letter of cancellation');

    const fresh = storeInMemory();
    const tampered = archive.slice();
    const at = new TextDecoder('latin1').decode(tampered).indexOf('Letter of cancellation');
    tampered[at] = 'l'.charCodeAt(0);
    const reopened = await browserArchives.open(new File([tampered as Uint8Array<ArrayBuffer>], 'journal.zip'));
    if (reopened.status !== 'archive') throw new Error(reopened.status);
    const refused = await browserArchiveFiles(fresh.files).unpackToFiles({ archiveId: reopened.archiveId });
    expect(refused.status === 'refused' && refused.problem.kind).toBe('hashMismatch');
    await expect(fresh.files.read(sha256(receipt))).rejects.toBeInstanceOf(AttachmentFileMissing);
  });
});
