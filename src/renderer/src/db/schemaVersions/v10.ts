import type { Dexie, Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { caseMoneyOf, type CaseMoney } from '@shared/domain/caseMoney';
import { recurringFeeFromFormat4 } from '@shared/journalFile/migrations/upgradeFrom4';

/**
 * Version 10 (issue 12's Overview; versions 7–9 belong to other changes, applied in order): cases
 * take the shape of journal format 5, their recurring fee unknown (recurringFeeFromFormat4, shared
 * with the file reader), and each case gets its money record (`caseMoney`, see caseMoneyOf) in the
 * upgrade's transaction, so the Overview reads those small records and never a whole case.
 */
export function v10(db: Dexie): void {
  db.version(10)
    .stores({ caseMoney: 'id' })
    .upgrade(async (tx: Transaction) => {
      const records: CaseMoney[] = [];
      await tx
        .table('cases')
        .toCollection()
        .modify((record: JournalCase, ref: { value: JournalCase }) => {
          ref.value = recurringFeeFromFormat4(record) as JournalCase;
          records.push(caseMoneyOf(ref.value));
        });
      await tx.table('caseMoney').bulkPut(records);
    });
}
