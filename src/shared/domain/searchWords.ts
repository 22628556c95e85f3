import type { JournalCase } from './caseSchema';

const hanRun = /\p{Script=Han}+/gu;
const wordRun = /[\p{L}\p{N}]+/gu;

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

/** Terms of a search query; each must match (by prefix) one of a case's words. */
export function queryTerms(query: string): string[] {
  const normalised = query.normalize('NFKC').toLowerCase();
  const terms = new Set<string>();
  for (const [run] of normalised.matchAll(hanRun)) {
    if (run.length === 1) terms.add(run);
    for (let i = 0; i + 1 < run.length; i += 1) terms.add(run.slice(i, i + 2));
  }
  for (const [run] of normalised.replace(hanRun, ' ').matchAll(wordRun)) terms.add(run);
  return [...terms];
}

/** Account numbers are also found when typed without their spaces or punctuation. */
function accountWords(account: string): string[] {
  const compact = account.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  return compact ? [compact] : [];
}

export function caseSearchWords(
  journalCase: Pick<JournalCase, 'title' | 'provider' | 'account' | 'notes' | 'tags'>,
): string[] {
  return [
    ...new Set([
      ...wordsOf(journalCase.title),
      ...wordsOf(journalCase.provider.name),
      ...wordsOf(journalCase.account),
      ...accountWords(journalCase.account),
      ...wordsOf(journalCase.notes),
      ...journalCase.tags.flatMap(wordsOf),
    ]),
  ];
}
