import type { JournalDatabase } from './journalDatabase';

/** The SHA-256 of every attachment any case names (the Trash included): the files to keep. */
export async function namedAttachmentHashes(db: JournalDatabase): Promise<string[]> {
  const named = new Set<string>();
  await db.cases.each((journalCase) => {
    for (const attachment of journalCase.attachments) named.add(attachment.sha256);
  });
  return [...named];
}
