import { Dexie, type Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { reshapeCasesAndListEntries } from './listEntriesAnew';

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
      // The migration (and the case schema it validates with) loads only when a journal is upgraded,
      // not with every first screen; waitFor keeps the upgrade's transaction alive meanwhile.
      const { caseFromFormat1 } = await Dexie.waitFor(import('@shared/journalFile/migrations/upgradeFrom1'));
      await reshapeCasesAndListEntries(tx, (record) => caseFromFormat1(record) as JournalCase);
    });
}
