import { noRecurringFee } from '../../domain/noRecurringFee';
import { isRecord } from '../isRecord';

/**
 * Journal format 4 → 5, the Overview's money (issue 12): a case gains its `recurringFee`, its
 * amount unknown (null, billed monthly until the user says otherwise): an older file never said
 * what the plan cost, and nothing in it tells. For files and for the database (version 10) alike.
 * The input is untrusted: anything not in the expected shape is passed on unchanged, for the
 * schema to refuse with its path; a fee a file already has is kept.
 */
export function recurringFeeFromFormat4(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  return { recurringFee: { ...noRecurringFee }, ...raw };
}

/** The file-level step, registered in journalFileMigrations. */
export function upgradeFrom4(file: Record<string, unknown>): Record<string, unknown> {
  return Array.isArray(file.cases) ? { ...file, cases: file.cases.map(recurringFeeFromFormat4) } : file;
}
