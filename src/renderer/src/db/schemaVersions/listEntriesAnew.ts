import { Dexie, type Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { listEntryOf, type StoredListEntry } from '../listEntries';
import { loadPhoneAccounts } from '../phoneAccounts';

/**
 * For an upgrade: rewrites every stored case with `reshape` (which returns the case as the new
 * version stores it) and makes every list entry anew from it, in the upgrade's transaction.
 */
export async function reshapeCasesAndListEntries(tx: Transaction, reshape: (record: JournalCase) => JournalCase): Promise<void> {
  // Words need the phone-number module, which the first screen does not load; waitFor keeps the
  // upgrade's transaction alive while it loads.
  const phoneAccounts = await Dexie.waitFor(loadPhoneAccounts());
  const entries: StoredListEntry[] = [];
  await tx
    .table('cases')
    .toCollection()
    .modify((record: JournalCase, ref: { value: JournalCase }) => {
      ref.value = reshape(record);
      entries.push(listEntryOf(ref.value, phoneAccounts));
    });
  await tx.table('listEntries').bulkPut(entries);
}
