import type { JournalCase } from '@shared/domain/caseSchema';
import { caseMoneyOf } from '@shared/domain/caseMoney';
import type { JournalDatabase } from './journalDatabase';
import type { StoredListEntry } from './listEntries';
import { storedCaseRowOf } from './caseRowSummary';
import { writeDeadlineEntriesOf } from './deadlineEntries';

/**
 * What the journal keeps beside each case, made from it, so that the list, its rows, the Overview
 * and the reminders never read whole cases: its list entry, its row, its money record, the dates its
 * reminders watch (and what the user did with those reminders). Every write path writes them with
 * the case, in the case's own transaction, which must include these tables: none is ever stale.
 */
export function besideEachCaseTables(db: JournalDatabase) {
  return [db.listEntries, db.caseRows, db.caseMoney, db.deadlineEntries, db.reminderStates];
}

/**
 * Writes what is kept beside `cases`: `entries[i]` is the list entry of `cases[i]` (made by the
 * caller, whose words need the case's contacts); the watched dates of the cases in `replacing` are
 * made anew (a date no longer set leaves no entry to overwrite).
 */
export function writeBesideCases(db: JournalDatabase, cases: readonly JournalCase[], entries: readonly StoredListEntry[], replacing: readonly string[]): Promise<unknown> {
  return Promise.all([
    db.listEntries.bulkPut([...entries]),
    db.caseRows.bulkPut(cases.map(storedCaseRowOf)),
    db.caseMoney.bulkPut(cases.map(caseMoneyOf)),
    writeDeadlineEntriesOf(db, cases, replacing),
  ]);
}

/** Removes what is kept beside the cases `ids` (deleted for good), with the user's snoozes and dismissals. */
export function removeBesideCases(db: JournalDatabase, ids: readonly string[]): Promise<unknown> {
  return Promise.all([
    db.listEntries.bulkDelete([...ids]),
    db.caseRows.bulkDelete([...ids]),
    db.caseMoney.bulkDelete([...ids]),
    db.deadlineEntries.where('caseId').anyOf([...ids]).delete(),
    db.reminderStates.where('caseId').anyOf([...ids]).delete(),
  ]);
}
