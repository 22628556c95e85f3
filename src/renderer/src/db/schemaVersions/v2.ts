import type { Dexie, Transaction } from 'dexie';

/**
 * Version 2: cases carry a list of attachments (evidence), whose bytes live in their own table so
 * the case list never drags file contents through memory.
 */
export function v2(db: Dexie): void {
  db.version(2)
    .stores({ attachmentContents: 'id, caseId' })
    .upgrade((tx: Transaction) =>
      tx
        .table('cases')
        .toCollection()
        .modify((record: { attachments?: unknown[] }) => {
          record.attachments ??= [];
        }),
    );
}
