import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/journalFile/base64';
import { JournalDatabase } from './journalDatabase';
import { moveAttachmentBytesToFiles } from './attachmentBytesMove';

let db: JournalDatabase;
beforeEach(async () => {
  db = new JournalDatabase(`move-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** Attachment files in memory: what the main process (or OPFS) would hold, by SHA-256. */
function filesInMemory({ failOnPut }: { failOnPut?: number } = {}) {
  const held = new Map<string, Uint8Array>();
  let puts = 0;
  return {
    held,
    async put(sha256: string, bytes: Uint8Array) {
      puts += 1;
      if (puts === failOnPut) throw new Error('the app was closed here');
      expect(await sha256Hex(bytes)).toBe(sha256);
      held.set(sha256, bytes.slice());
    },
  };
}

const attachment = (n: number) => ({ id: `attachment-${n}`, caseId: `case-${n % 3}`, data: new TextEncoder().encode(`scan number ${n} `.repeat(n + 1)) });

/** Every attachment's bytes are in the database, in a file, or both. */
async function everyAttachmentSomewhere(files: Map<string, Uint8Array>, count: number) {
  for (let n = 0; n < count; n += 1) {
    const { id, data } = attachment(n);
    const inDatabase = await db.attachmentContents.get(id);
    const inFile = files.get(await sha256Hex(data));
    expect(inDatabase !== undefined || inFile !== undefined, id).toBe(true);
    if (inFile) expect(new TextDecoder().decode(inFile)).toBe(new TextDecoder().decode(data));
  }
}

describe('moving attachment bytes out of the database (version 11)', () => {
  it('moves every attachment’s bytes to a file named by its SHA-256, in batches, then empties the table', async () => {
    await db.attachmentContents.bulkAdd(Array.from({ length: 150 }, (_, n) => attachment(n)));
    const files = filesInMemory();
    const progress: number[] = [];
    expect(await moveAttachmentBytesToFiles(db, files, { batchBytes: 2000, onProgress: ({ left }) => progress.push(left) })).toBe(150);
    expect(await db.attachmentContents.count()).toBe(0);
    expect(files.held.size).toBe(150);
    await everyAttachmentSomewhere(files.held, 150);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(0);
  });

  it('a crash midway loses nothing, and the next start carries on where it stopped', async () => {
    await db.attachmentContents.bulkAdd(Array.from({ length: 40 }, (_, n) => attachment(n)));
    const files = filesInMemory({ failOnPut: 23 });
    await expect(moveAttachmentBytesToFiles(db, files, { batchBytes: 500 })).rejects.toThrow('the app was closed here');
    const left = await db.attachmentContents.count();
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(40);
    await everyAttachmentSomewhere(files.held, 40);

    // The next start: files already written are simply written again (same name, same bytes).
    const again = filesInMemory();
    for (const [hash, bytes] of files.held) again.held.set(hash, bytes);
    expect(await moveAttachmentBytesToFiles(db, again)).toBe(left);
    expect(await db.attachmentContents.count()).toBe(0);
    await everyAttachmentSomewhere(again.held, 40);
  });

  it('does nothing on a journal whose bytes are already files', async () => {
    const files = filesInMemory();
    expect(await moveAttachmentBytesToFiles(db, files)).toBe(0);
    expect(files.held.size).toBe(0);
  });
});
