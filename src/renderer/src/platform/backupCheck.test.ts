import { afterEach, describe, expect, it } from 'vitest';
import { sampleJournalFile } from '@shared/journalFile/journalFileFixtures';
import { readJournalFile } from '@shared/journalFile/readJournalFile';
import { serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import { collectingSink } from '@shared/journalArchive/archiveTestKit';
import { JournalDatabase } from '../db/journalDatabase';
import { attachmentFilesInMemory } from '../db/attachmentFiles';
import { importJournal } from '../db/journalImport';
import { exportJournalArchive } from '../db/journalArchiveExport';
import { checkBackupArchive } from './backupCheck';

const db = new JournalDatabase(`backup-check-${crypto.randomUUID()}`, attachmentFilesInMemory());
afterEach(async () => {
  await db.delete();
});

describe('checking a browser backup before it is kept', () => {
  it('reads the archive back whole and counts its journal’s cases', async () => {
    const read = await readJournalFile(serializeJournalFile(await sampleJournalFile(3)));
    if (!read.ok) throw new Error('fixture');
    await importJournal(db, read.file, 'skip');
    const { sink, bytes } = collectingSink();
    await exportJournalArchive(db, { kind: 'all' }, { name: 'Cancellation Journal', version: '0.1.0' }, sink);
    expect(await checkBackupArchive(new Blob([bytes() as BlobPart]))).toEqual({ ok: true, caseCount: 3 });
  });

  it('refuses what is not an archive, saying so', async () => {
    const check = await checkBackupArchive(new Blob(['{"format":"cancellation-journal","cases":[]}']));
    expect(check).toMatchObject({ ok: false, reason: 'damaged', message: expect.stringMatching(/did not read back as written/) });
  });
});
