import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/journalFile/base64';
import { attachmentFilesInMemory, borrowedAttachmentFiles, lendAttachmentFiles, noAttachmentFiles } from './attachmentFiles';
import { JournalDatabase } from './journalDatabase';

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** The page's files lent to "a worker" over a real message channel. */
function lent() {
  const files = attachmentFilesInMemory();
  const channel = new MessageChannel();
  channels.push(channel);
  lendAttachmentFiles(files, channel.port1);
  return { files, borrowed: borrowedAttachmentFiles(channel.port2) };
}

describe('attachment files', () => {
  it('are named by their SHA-256: bytes under another name are refused, the same bytes are kept once', async () => {
    const files = attachmentFilesInMemory();
    const letter = new TextEncoder().encode('We confirm your account is closed.');
    const name = await sha256Hex(letter);
    expect(await files.put(name, letter)).toEqual({ status: 'added' });
    expect(await files.put(name, letter.slice())).toEqual({ status: 'present' });
    await expect(files.put(name, new TextEncoder().encode('other bytes'))).rejects.toThrow('do not have that SHA-256');
    expect(await files.read(name)).toEqual(letter);
    expect(files.names()).toEqual([name]);
  });

  it('lent to a worker over a port: kept, read and collected through the page’s files, failures said', async () => {
    const { files, borrowed } = lent();
    const scan = new Uint8Array(100_000).map((_, i) => i % 251);
    const name = await sha256Hex(scan);
    expect(await borrowed.put(name, scan)).toEqual({ status: 'added' });
    expect(files.names()).toEqual([name]);
    expect(await borrowed.read(name)).toEqual(scan);
    await expect(borrowed.read('0'.repeat(64))).rejects.toThrow('No attachment file holds the bytes 000000000000');
    expect(await borrowed.collectGarbage([])).toBe(1);
    expect(files.names()).toEqual([]);
  });

  it('a journal opened without its files says so instead of losing bytes', async () => {
    await expect(noAttachmentFiles.put('a'.repeat(64), new Uint8Array([1]))).rejects.toThrow('opened without its attachment files');
    const db = new JournalDatabase(`no-files-${crypto.randomUUID()}`);
    await expect(db.attachmentFiles.read('a'.repeat(64))).rejects.toThrow('opened without its attachment files');
    await db.delete();
  });
});
