import type { JournalCase } from '@shared/domain/caseSchema';
import { caseStatuses, categories, type CaseStatus, type Category } from '@shared/domain/caseVocabulary';
import { caseSearchWords, type PhoneAccounts, type SearchableContact } from '@shared/domain/searchWords';

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

/**
 * The stored entry of a case; `phoneAccounts` comes from `loadPhoneAccounts()`, awaited before the
 * transaction; `contacts` are the contacts logged in the case's timeline (see `contactsIn`).
 */
export function listEntryOf(journalCase: JournalCase, phoneAccounts: PhoneAccounts, contacts: readonly SearchableContact[] = []): StoredListEntry {
  return { ...orderEntryOf(journalCase), w: caseSearchWords(journalCase, phoneAccounts, contacts).join(' ') };
}

/** What the order needs of a case, without the words (which only the search index reads). */
export function orderEntryOf(journalCase: JournalCase): ListEntry {
  return orderEntry(journalCase.id, journalCase.updatedAt, journalCase.status, journalCase.category, journalCase.deletedAt === null ? 0 : 1);
}

/** The entry without its words, as the in-memory order keeps it. */
export function withoutWords(entry: StoredListEntry): ListEntry {
  return orderEntry(entry.id, entry.u, entry.s, entry.c, entry.t);
}

/**
 * Each status and category read from the database is a string of its own; the order keeps the one
 * shared copy instead, which spares 100,000 entries two strings each.
 */
function orderEntry(id: string, u: string, s: CaseStatus, c: Category, t: 0 | 1): ListEntry {
  return { id, u, s: shared(caseStatuses, s), c: shared(categories, c), t };
}

function shared<T extends string>(vocabulary: readonly T[], value: T): T {
  return vocabulary.find((known) => known === value) ?? value;
}
