import { Dexie, type Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import type { StoredTimelineEntry } from '@shared/domain/timelineSchema';
import { reshapeCasesAndListEntries } from './listEntriesAnew';

/**
 * The timeline's table: entries keyed by case and id (an id is unique within its case, as in a
 * journal file), indexed by case and the moment recorded. Only the case page and the report read it.
 */
export const timelineStores = { timeline: '[caseId+id], [caseId+recordedAt]' };

/**
 * Cases stored before the timeline existed keep their history: each status change becomes the
 * entry it would have been, with its own day and recording time (ids `status-0`, `status-1`, …).
 */
export async function timelineFromStoredStatusHistories(tx: Transaction): Promise<void> {
  const { timelineFromStatusHistory } = await Dexie.waitFor(import('@shared/domain/timeline'));
  const entries: StoredTimelineEntry[] = [];
  await tx
    .table('cases')
    .toCollection()
    .each((record: JournalCase) => {
      for (const entry of timelineFromStatusHistory(record, (index) => `status-${index}`)) entries.push({ ...entry, caseId: record.id });
    });
  await tx.table('timeline').bulkAdd(entries);
}

/**
 * Version 5 (issue 11): cases take the shape of journal format 3. Every stored attachment gets its
 * kind (guessed from its name and type), no step and no Trash date (attachmentsGetKinds, shared with
 * the file reader); every case gets its timeline; list entries are made anew, since they now carry
 * the case's proof status, which its evidence decides.
 */
export function v5(db: Dexie): void {
  db.version(5)
    .stores({ ...timelineStores })
    .upgrade(async (tx: Transaction) => {
      // The migrations load only for an upgrade, never with the first screen (waitFor keeps the transaction alive).
      const { attachmentsGetKinds } = await Dexie.waitFor(import('@shared/journalFile/migrations/upgradeFrom2'));
      await reshapeCasesAndListEntries(tx, (record) => attachmentsGetKinds(record) as JournalCase);
      await timelineFromStoredStatusHistories(tx);
    });
}
