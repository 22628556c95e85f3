// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/journalFile/base64';
import { JournalDatabase } from './db/journalDatabase';
import { attachmentFilesInMemory } from './db/attachmentFiles';
import { moveAttachmentBytesFirst } from './startJournal';

const dbs: JournalDatabase[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('a journal from before version 11, at start', () => {
  it('moves its attachment bytes into files before the interface opens, saying how far it got, and leaves the table empty', async () => {
    const files = attachmentFilesInMemory();
    const db = new JournalDatabase(`start-${crypto.randomUUID()}`, files);
    dbs.push(db);
    const scans = Array.from({ length: 5 }, (_, n) => new TextEncoder().encode(`scan ${n} `.repeat(2_000_000 + n)));
    await db.attachmentContents.bulkAdd(scans.map((data, n) => ({ id: `a${n}`, caseId: `c${n}`, data })));
    const said: string[] = [];
    const seen = new MutationObserver(() => {
      const status = document.querySelector('[role="status"]');
      if (status?.textContent) said.push(status.textContent);
    });
    seen.observe(document.body, { subtree: true, childList: true, characterData: true });

    await moveAttachmentBytesFirst(db, (moved, total) => `${moved} of ${total}`);
    seen.disconnect();

    expect(await db.attachmentContents.count()).toBe(0);
    expect(files.names()).toEqual((await Promise.all(scans.map((scan) => sha256Hex(scan)))).sort());
    expect(said[0]).toBe('0 of 5');
    expect(said.at(-1)).toBe('5 of 5');
    // Gone once the move is done: the interface takes the window.
    expect(document.querySelector('[role="status"]')).toBeNull();
  });
});
