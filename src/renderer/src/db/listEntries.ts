import type { JournalCase } from '@shared/domain/caseSchema';
import { caseStatuses, categories, type CaseStatus, type Category } from '@shared/domain/caseVocabulary';
import { proofLevels, proofOf, type ProofLevel } from '@shared/evidence/proofStatus';
import { caseSearchWords, type PhoneAccounts, type SearchableContact } from '@shared/domain/searchWords';

/**
 * A case as the database's list index stores it: what the case list needs to order, filter and
 * search it, and nothing else (about 100 bytes where a whole case is several kilobytes). The keys
 * are one letter because 100,000 of them are stored and read; nothing outside the database and the
 * list's store sees them (they become a `ListEntry`).
 */
export interface StoredListEntry {
  id: string;
  /** updatedAt, ISO 8601 in UTC, so text order is time order. */
  u: string;
  s: CaseStatus;
  c: Category;
  /** 1 while in the Trash. IndexedDB cannot index booleans. */
  t: 0 | 1;
  /** The words search finds the case by, joined by spaces: one string is far cheaper to store and read than sixty. */
  w: string;
  /** How ready its proof is for a dispute (see proofOf). */
  p: ProofLevel;
}

/** A case in the list's order, as the rest of the app reads it. */
export interface ListEntry {
  id: string;
  /** The case's last change (ISO 8601, UTC): the list is newest first. */
  updatedAt: string;
  status: CaseStatus;
  category: Category;
  inTrash: boolean;
  proof: ProofLevel;
}

export function wordsOfEntry(entry: StoredListEntry): string[] {
  return entry.w === '' ? [] : entry.w.split(' ');
}

/**
 * The stored entry of a case; `phoneAccounts` comes from `loadPhoneAccounts()`, awaited before the
 * transaction; `contacts` are the contacts logged in the case's timeline (see `contactsIn`).
 */
export function listEntryOf(journalCase: JournalCase, phoneAccounts: PhoneAccounts, contacts: readonly SearchableContact[] = []): StoredListEntry {
  return {
    id: journalCase.id,
    u: journalCase.updatedAt,
    s: journalCase.status,
    c: journalCase.category,
    t: journalCase.deletedAt === null ? 0 : 1,
    w: caseSearchWords(journalCase, phoneAccounts, contacts).join(' '),
    p: proofOf(journalCase).level,
  };
}

/** What the order needs of a case, without the words (which only the search index reads). */
export function orderEntryOf(journalCase: JournalCase): ListEntry {
  return orderEntry(journalCase.id, journalCase.updatedAt, journalCase.status, journalCase.category, journalCase.deletedAt !== null, proofOf(journalCase).level);
}

/** A stored entry as the list reads it: named fields, no words (only the search index reads those). */
export function listEntryFromStored(entry: Omit<StoredListEntry, 'w'>): ListEntry {
  return orderEntry(entry.id, entry.u, entry.s, entry.c, entry.t === 1, entry.p);
}

/**
 * Each status and category read from the database is a string of its own; the order keeps the one
 * shared copy instead, which spares 100,000 entries two strings each.
 */
function orderEntry(id: string, updatedAt: string, status: CaseStatus, category: Category, inTrash: boolean, proof: ProofLevel): ListEntry {
  return { id, updatedAt, status: shared(caseStatuses, status), category: shared(categories, category), inTrash, proof: shared(proofLevels, proof) };
}

function shared<T extends string>(vocabulary: readonly T[], value: T): T {
  return vocabulary.find((known) => known === value) ?? value;
}
