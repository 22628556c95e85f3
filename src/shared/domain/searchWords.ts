import type { JournalCase } from './caseSchema';
import type * as PhoneAccount from './phoneAccount';

const hanRun = /\p{Script=Han}+/gu;
const hasHan = /\p{Script=Han}/u;
const hasDigit = /\d/;
const wordRun = /[\p{L}\p{N}]+/gu;

/**
 * A phone number as people write it: from a `+`, an opening parenthesis or a trunk `0`, digits
 * with spaces, `-`, `.` and parentheses between them (`+62 838 1234 4821`, `(0838) 1234 4821`,
 * `0838-1234-4821`). A date (`2026-11-02`) or an amount does not start that way.
 */
const phoneLikeRun = /(?<![\p{L}\p{N}])(?:[+(]\s*\d|0)[\d\s().-]*\d/gu;
/** Fewer digits are an ordinary number, searched word by word. */
const phoneLikeDigitsAtLeast = 7;

/**
 * The digits of each phone-number-like run in a text, and the text with those runs taken out.
 * A query and the texts it searches are split by the same rule, so a number typed with any
 * grouping finds the same number written with another.
 */
function phoneLikeRuns(text: string): { digits: string[]; rest: string } {
  const digits: string[] = [];
  const rest = text.replace(phoneLikeRun, (run) => {
    const runDigits = run.replace(/\D/g, '');
    if (runDigits.length < phoneLikeDigitsAtLeast) return run;
    digits.push(runDigits);
    return ' ';
  });
  return { digits, rest };
}

/**
 * The words a text can be found by. Latin words and numbers are matched by prefix; Chinese has no
 * spaces, so every character and every pair of neighbouring characters is indexed, which finds any
 * Chinese substring by its pairs.
 */
export function wordsOf(text: string): string[] {
  const normalised = text.normalize('NFKC').toLowerCase();
  const words = new Set<string>();
  for (const [run] of normalised.matchAll(hanRun)) {
    for (let i = 0; i < run.length; i += 1) {
      words.add(run[i]!);
      if (i + 1 < run.length) words.add(run.slice(i, i + 2));
    }
  }
  for (const [run] of normalised.replace(hanRun, ' ').matchAll(wordRun)) {
    words.add(run);
  }
  return [...words];
}

/**
 * Terms of a search query; each must match (by prefix) one of a case's words. A phone number in
 * the query (`0838-1234-4821`) is one term of its digits, so it finds that number and not cases
 * that merely have `0838`, `1234` and `4821` somewhere.
 */
export function queryTerms(query: string): string[] {
  const normalised = query.normalize('NFKC').toLowerCase();
  const terms = new Set<string>();
  for (const [run] of normalised.matchAll(hanRun)) {
    if (run.length === 1) terms.add(run);
    for (let i = 0; i + 1 < run.length; i += 1) terms.add(run.slice(i, i + 2));
  }
  const { digits, rest } = phoneLikeRuns(normalised.replace(hanRun, ' '));
  for (const run of digits) terms.add(run);
  for (const [run] of rest.matchAll(wordRun)) terms.add(run);
  return [...terms];
}

/**
 * Adds a text's words (see `wordsOf`) to `words`, with the digits of any phone number written in
 * it (see `queryTerms`) and, for a code or an account, its compact form: codes and account numbers
 * are also found typed without their spaces or punctuation (`req55120`). One pass per text, and
 * duplicates are left to `withoutPrefixesOfOthers`: a case has some sixty words, and every import
 * and write makes them.
 */
function addWords(words: string[], text: string, compact = false): void {
  if (text === '') return;
  const normalised = text.normalize('NFKC').toLowerCase();
  let latin = normalised;
  if (hasHan.test(normalised)) {
    for (const [run] of normalised.matchAll(hanRun)) {
      for (let i = 0; i < run.length; i += 1) words.push(i + 1 < run.length ? run.slice(i, i + 2) : run[i]!);
    }
    latin = normalised.replace(hanRun, ' ');
  }
  if (hasDigit.test(latin)) words.push(...phoneLikeRuns(latin).digits);
  let joined = '';
  for (const [run] of latin.matchAll(wordRun)) {
    words.push(run);
    if (compact) joined += run;
  }
  if (compact && joined !== '') words.push(joined);
}

/**
 * Matching is by prefix, so a word that starts another word of the same case finds nothing the
 * longer one does not (`62` and `6283812344821`, `退` and `退款`): only the longer is kept. In
 * sorted order a word's longer forms follow it directly.
 */
function withoutPrefixesOfOthers(words: string[]): string[] {
  const sorted = words.sort();
  // A duplicate starts its twin, so only the last copy is kept.
  return sorted.filter((word, i) => !sorted[i + 1]?.startsWith(word));
}

/**
 * What search needs of the phone-number module. The caller passes it in, loaded: the module carries
 * libphonenumber's metadata, which the first screen does not load (see `loadPhoneAccounts`).
 */
export type PhoneAccounts = Pick<typeof PhoneAccount, 'countryOfCurrency' | 'phoneAccountWords'>;

export type SearchableCase = Pick<
  JournalCase,
  'title' | 'provider' | 'attachments' | 'account' | 'notes' | 'tags' | 'balance' | 'devices' | 'orders' | 'submission' | 'confirmation'
>;

/** What search reads of a contact logged in the case's timeline. */
export type SearchableContact = { who: string; said: string; reference: string };

/**
 * Every word a case is found by: title, provider and its support contact, account, notes, tags,
 * the request's reference number, the confirmation number, device names, and order references and
 * descriptions. An account or support contact that is a phone number (read in the country of the
 * case's balance currency) is found by its digits in any form; see `phoneNumberWords`. `contacts`
 * are the texts of the contacts logged in the case's timeline (who, what was said, the reference
 * given), so a case is found by something said in a call.
 */
export function caseSearchWords(journalCase: SearchableCase, phoneAccounts: PhoneAccounts, contacts: readonly SearchableContact[] = []): string[] {
  // An upgrade reads records written before a field existed: what a record lacks has no words.
  const country = phoneAccounts.countryOfCurrency(journalCase.balance?.currency ?? '');
  const words: string[] = [];
  const addAccountWords = (text: string) => {
    const phoneWords = phoneAccounts.phoneAccountWords(text, country);
    if (phoneWords) words.push(...phoneWords);
    else addWords(words, text, true);
  };
  addWords(words, journalCase.title);
  addWords(words, journalCase.provider.name);
  addAccountWords(journalCase.provider.supportContact ?? '');
  addAccountWords(journalCase.account);
  addWords(words, journalCase.notes);
  for (const tag of journalCase.tags) addWords(words, tag);
  addWords(words, journalCase.submission?.referenceNumber ?? '', true);
  addWords(words, journalCase.confirmation?.confirmationNumber ?? '', true);
  for (const device of journalCase.devices ?? []) addWords(words, device.name);
  for (const order of journalCase.orders ?? []) {
    addWords(words, order.reference, true);
    addWords(words, order.description);
  }
  // Evidence is found by its file name (the bytes are never read for the list); not what is in its Trash.
  for (const attachment of journalCase.attachments ?? []) if (attachment.deletedAt == null) addWords(words, attachment.name, true);
  for (const contact of contacts) {
    addWords(words, contact.who);
    addWords(words, contact.said);
    addWords(words, contact.reference, true);
  }
  return withoutPrefixesOfOthers(words);
}
