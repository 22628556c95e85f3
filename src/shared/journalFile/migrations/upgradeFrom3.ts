import { noDeadlines } from '../../domain/caseSchema';
import { isRecord } from '../isRecord';

/**
 * The country a currency belongs to, by ISO 4217's own convention: a national currency's code
 * starts with its country's ISO 3166-1 code (IDR → ID, CNY → CN). Codes of no single country are
 * skipped: X… (special drawing rights, gold, the CFA and East Caribbean francs) and EUR (the euro
 * area is many countries, each with its own holidays).
 */
export function countryOfCurrency(currency: unknown): string | null {
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return null;
  if (currency.startsWith('X') || currency === 'EUR') return null;
  return currency.slice(0, 2);
}

/**
 * Journal format 3 → 4, the dates (issue 12): a case gains its `country` (from its balance's
 * currency when that names one country, else null: the user picks it) and `deadlines`, every date
 * unknown. For files and for the database (version 6) alike. The input is untrusted: anything not
 * in the expected shape is passed on unchanged, for the schema to refuse with its path; values a
 * file already has are kept.
 */
export function deadlinesFromFormat3(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const balance = isRecord(raw.balance) ? raw.balance : {};
  return { country: countryOfCurrency(balance.currency), deadlines: { ...noDeadlines }, ...raw };
}

/** The file-level step, registered in journalFileMigrations. */
export function upgradeFrom3(file: Record<string, unknown>): Record<string, unknown> {
  return Array.isArray(file.cases) ? { ...file, cases: file.cases.map(deadlinesFromFormat3) } : file;
}
