import type { Dexie, Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { deadlineEntriesOf, type DeadlineEntry } from '@shared/domain/reminders';

/**
 * Version 12 (issue 12): a trial's end is a date of its own only when it comes after the cancel-by
 * date (caseDeadlines.trialEndsOn); before, a trial ending on or before that day was watched twice,
 * as cancel-by and as trial end, and reminded twice the same day. The watched dates are derived from
 * the case and written only with it, so the cases that have a trial-end entry are entered again here
 * (a few: nothing else is read). What the user did with each reminder is kept.
 */
export function v12(db: Dexie): void {
  db.version(12)
    .stores({})
    .upgrade(async (tx: Transaction) => {
      const entries = tx.table<DeadlineEntry>('deadlineEntries');
      const withTrial = await entries.filter((entry) => entry.kind === 'trialEnds').primaryKeys();
      const caseIds = [...new Set((withTrial as [string, string][]).map(([caseId]) => caseId))];
      if (caseIds.length === 0) return;
      const cases = (await tx.table<JournalCase>('cases').bulkGet(caseIds)).filter((record): record is JournalCase => record !== undefined);
      await entries.where('caseId').anyOf(caseIds).delete();
      await entries.bulkPut(cases.flatMap(deadlineEntriesOf));
    });
}
