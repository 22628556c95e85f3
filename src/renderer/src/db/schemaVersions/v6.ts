import { Dexie, type Transaction } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { reshapeCasesAndListEntries } from './listEntriesAnew';

/**
 * Version 6 (issue 12): cases take the shape of journal format 4, a country (from the balance's
 * currency when it names one) and their dates, all unknown (deadlinesFromFormat3, shared with the
 * file reader). Cases are also indexed by provider name and last change, so a new case can take
 * the country of the provider's most recent case without reading the others.
 */
export function v6(db: Dexie): void {
  db.version(6)
    .stores({ cases: 'id, updatedAt, [provider.name+updatedAt]' })
    .upgrade(async (tx: Transaction) => {
      // Loaded only for an upgrade (it brings the case schema, and zod with it), never with the first screen.
      const { deadlinesFromFormat3 } = await Dexie.waitFor(import('@shared/journalFile/migrations/upgradeFrom3'));
      await reshapeCasesAndListEntries(tx, (record) => deadlinesFromFormat3(record) as JournalCase);
    });
}
