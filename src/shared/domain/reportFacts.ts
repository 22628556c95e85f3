import type { CalendarDate } from './calendarDate';
import type { JournalCase } from './caseSchema';

/**
 * An account identifier with its middle hidden, for reports shown to third parties:
 * `+62 812 3456 4821` → `+62 •••• 4821`, `alice@example.com` → `a•••@example.com`.
 */
export function maskAccount(account: string): string {
  const trimmed = account.trim();
  if (trimmed === '') return '';
  const at = trimmed.indexOf('@');
  if (at > 0) return `${trimmed[0]}•••${trimmed.slice(at)}`;
  const characters = [...trimmed.replace(/\s+/g, ' ')];
  if (characters.length <= 6) return '••••';
  const prefix = trimmed.match(/^\+?\d{1,3}(?=[\s-])/)?.[0] ?? characters.slice(0, trimmed.startsWith('+') ? 3 : 2).join('');
  const suffix = characters.filter((c) => /[\p{L}\p{N}]/u.test(c)).slice(-4).join('');
  return `${prefix} •••• ${suffix}`;
}

/** When the provider decided: the confirmation date, or the day the case was marked confirmed or rejected. */
export function actualDecisionDate(journalCase: Pick<JournalCase, 'confirmation' | 'statusHistory'>): CalendarDate | null {
  if (journalCase.confirmation.confirmedOn) return journalCase.confirmation.confirmedOn;
  const decided = [...journalCase.statusHistory].reverse().find((change) => change.status === 'confirmed' || change.status === 'rejected');
  return decided ? decided.on : null;
}

/** Regions that print on US Letter; everyone else uses A4. */
const letterRegions = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'HN', 'BZ']);

export function paperSizeFor(locale: string): 'A4' | 'Letter' {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && letterRegions.has(region) ? 'Letter' : 'A4';
  } catch {
    return 'A4';
  }
}
