import type { Dexie, Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { deadlineEntriesOf, type DeadlineEntry } from '@shared/domain/reminders';
import { deadlineEntryStores } from '../deadlineEntries';

/**
 * Version 9 (issue 12): the dates reminders watch, one small entry per case and kind indexed by
 * the day it can first fire (`deadlineEntries`), and what the user did with each reminder
 * (`reminderStates`: dismissed, or snoozed until a day). Cases keep their shape; every stored case's
 * dates are entered once here, afterwards with each write of the case.
 */
export function v9(db: Dexie): void {
  db.version(9)
    .stores(deadlineEntryStores)
    .upgrade(async (tx: Transaction) => {
      const entries: DeadlineEntry[] = [];
      await tx
        .table('cases')
        .toCollection()
        .each((record: JournalCase) => {
          entries.push(...deadlineEntriesOf(record));
        });
      await tx.table('deadlineEntries').bulkPut(entries);
    });
}
