import type { CaseStatus, Category, JournalCase } from '@shared/domain/caseSchema';
import { caseSearchWords } from '@shared/domain/searchWords';

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

/**
 * A list entry as stored: with the words search finds the case by (read once, into the search
 * index), joined by spaces: one string is far cheaper to store and read than sixty.
 */
export interface StoredListEntry extends ListEntry {
  w: string;
}

export function wordsOfEntry(entry: StoredListEntry): string[] {
  return entry.w === '' ? [] : entry.w.split(' ');
}

export function listEntryOf(journalCase: JournalCase): StoredListEntry {
  return {
    id: journalCase.id,
    u: journalCase.updatedAt,
    s: journalCase.status,
    c: journalCase.category,
    t: journalCase.deletedAt === null ? 0 : 1,
    w: caseSearchWords(journalCase).join(' '),
  };
}

/** The entry without its words, as the in-memory order keeps it. */
export function withoutWords({ w: _w, ...entry }: StoredListEntry): ListEntry {
  return entry;
}
