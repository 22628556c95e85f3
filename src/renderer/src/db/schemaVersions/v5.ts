import type { Dexie, Transaction } from 'dexie';
import { attachmentsGetKinds } from '@shared/journalFile/migrations/upgradeFrom2';

/**
 * The evidence step of version 5: every stored attachment gets its kind (guessed from its name and
 * type), no step and no Trash date, as journal format 3 defines them (attachmentsGetKinds, shared
 * with the file reader). List entries stay as they are: attachments are not among a case's words.
 */
export async function storedAttachmentsGetKinds(tx: Transaction): Promise<void> {
  await tx
    .table('cases')
    .toCollection()
    .modify((record: { attachments?: unknown[] }, ref: { value: unknown }) => {
      if (record.attachments?.length) ref.value = attachmentsGetKinds(record);
    });
}

/** Version 5: cases take the shape of journal format 3. No index changes. */
export function v5(db: Dexie): void {
  db.version(5)
    .stores({})
    .upgrade((tx: Transaction) => storedAttachmentsGetKinds(tx));
}
