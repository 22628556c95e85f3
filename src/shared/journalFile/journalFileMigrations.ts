import { JOURNAL_FORMAT_VERSION } from './journalFileSchema';
import { upgradeFrom1 } from './migrations/upgradeFrom1';
import { upgradeFrom2 } from './migrations/upgradeFrom2';
import { upgradeFrom3 } from './migrations/upgradeFrom3';
import { upgradeFrom4 } from './migrations/upgradeFrom4';

/** Turns a file of version N (already JSON-parsed, not yet validated) into version N + 1. */
export type JournalFileMigration = (file: Record<string, unknown>) => Record<string, unknown>;

/**
 * One entry per format version that was ever published before the current one, keyed by the
 * version it upgrades from; each lives in migrations/ with its own test.
 */
export const journalFileMigrations: Readonly<Record<number, JournalFileMigration>> = { 1: upgradeFrom1, 2: upgradeFrom2, 3: upgradeFrom3, 4: upgradeFrom4 };

export class UnsupportedVersion extends Error {
  constructor(readonly version: number) {
    super(`No migration from journal format version ${version}`);
  }
}

/** Applies the migrations from `version` up to the current version, in order. */
export function migrateJournalFile(
  file: Record<string, unknown>,
  version: number,
  migrations: Readonly<Record<number, JournalFileMigration>> = journalFileMigrations,
  target: number = JOURNAL_FORMAT_VERSION,
): Record<string, unknown> {
  let current = file;
  for (let from = version; from < target; from += 1) {
    const migrate = migrations[from];
    if (!migrate) throw new UnsupportedVersion(from);
    current = { ...migrate(current), version: from + 1 };
  }
  return current;
}
