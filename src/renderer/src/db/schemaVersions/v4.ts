import { Dexie, type Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { caseFromFormat1 } from '@shared/journalFile/migrations/upgradeFrom1';
import { listEntryOf, type StoredListEntry } from '../listEntries';
import { loadPhoneAccounts } from '../phoneAccounts';

/**
 * Version 4: cases take the shape of journal format 2 — amounts as the decimals the user meant
 * instead of minor units, and status changes with the day they happened beside the moment they
 * were recorded (see caseFromFormat1, shared with the file reader). List entries are made anew,
 * since the words a case is found by grew (reference numbers, devices, orders, phone forms).
 * No index changes.
 */
export function v4(db: Dexie): void {
  db.version(4)
    .stores({})
    .upgrade(async (tx: Transaction) => {
      // The phone-number module is not on the first screen; waitFor keeps the transaction alive while it loads.
      const phoneAccounts = await Dexie.waitFor(loadPhoneAccounts());
      const entries: StoredListEntry[] = [];
      await tx
        .table('cases')
        .toCollection()
        .modify((record: JournalCase, ref: { value: JournalCase }) => {
          ref.value = caseFromFormat1(record) as JournalCase;
          entries.push(listEntryOf(ref.value, phoneAccounts));
        });
      await tx.table('listEntries').bulkPut(entries);
    });
}
