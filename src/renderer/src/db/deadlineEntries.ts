import type { JournalCase } from '@shared/domain/caseSchema';
import { deadlineEntriesOf, type DeadlineEntry } from '@shared/domain/reminders';
import type { JournalDatabase } from './journalDatabase';

/**
 * The table of the dates reminders watch: one entry per case and kind, indexed by the earliest day
 * it can fire, so "what needs attention" is one indexed read of a few entries, never of the cases.
 */
export const deadlineEntryStores = { deadlineEntries: '[caseId+kind], caseId, on', reminderStates: 'eventId, caseId' };

/**
 * Writes the watched dates of `cases` in the caller's transaction (which must include
 * `deadlineEntries`): those of cases in `replacing` are removed first, since a date that is no
 * longer set leaves no entry to overwrite.
 */
export async function writeDeadlineEntriesOf(db: JournalDatabase, cases: readonly JournalCase[], replacing: readonly string[]): Promise<void> {
  // One after the other: the removal must not land after the new entries.
  if (replacing.length > 0) await db.deadlineEntries.where('caseId').anyOf([...replacing]).delete();
  const entries: DeadlineEntry[] = cases.flatMap(deadlineEntriesOf);
  if (entries.length > 0) await db.deadlineEntries.bulkPut(entries);
}
