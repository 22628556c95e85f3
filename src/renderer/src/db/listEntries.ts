import type { CaseStatus, Category, JournalCase } from '@shared/domain/caseSchema';

/**
 * What the case list needs to order and filter a case, and nothing else: about 100 bytes, where a
 * whole case is several kilobytes. Short keys keep 100,000 of them small in memory and on disk.
 */
export interface ListEntry {
  id: string;
  /** updatedAt, ISO 8601 in UTC, so text order is time order. */
  u: string;
  s: CaseStatus;
  c: Category;
  /** 1 while in the Trash. IndexedDB cannot index booleans. */
  t: 0 | 1;
}

export function listEntryOf(journalCase: Pick<JournalCase, 'id' | 'updatedAt' | 'status' | 'category' | 'deletedAt'>): ListEntry {
  return {
    id: journalCase.id,
    u: journalCase.updatedAt,
    s: journalCase.status,
    c: journalCase.category,
    t: journalCase.deletedAt === null ? 0 : 1,
  };
}
