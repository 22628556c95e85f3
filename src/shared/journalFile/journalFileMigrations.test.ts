import { describe, expect, it } from 'vitest';
import { journalFileMigrations, migrateJournalFile, UnsupportedVersion } from './journalFileMigrations';
import { JOURNAL_FORMAT_VERSION } from './journalFileSchema';

describe('migrateJournalFile', () => {
  it('has a migration for every version before the current one', () => {
    for (let version = 1; version < JOURNAL_FORMAT_VERSION; version += 1) {
      expect(journalFileMigrations[version], `migration from ${version}`).toBeTypeOf('function');
    }
  });

  it('leaves a current file as it is', () => {
    const file = { format: 'cancellation-journal', version: JOURNAL_FORMAT_VERSION, cases: [] };
    expect(migrateJournalFile(file, JOURNAL_FORMAT_VERSION)).toBe(file);
  });

  it('applies each step in order and stamps the new version', () => {
    const steps = {
      1: (file: Record<string, unknown>) => ({ ...file, cases: [...(file.cases as string[]), 'from 1'] }),
      2: (file: Record<string, unknown>) => ({ ...file, cases: [...(file.cases as string[]), 'from 2'] }),
    };
    expect(migrateJournalFile({ version: 1, cases: [] }, 1, steps, 3)).toEqual({ version: 3, cases: ['from 1', 'from 2'] });
    expect(migrateJournalFile({ version: 2, cases: [] }, 2, steps, 3)).toEqual({ version: 3, cases: ['from 2'] });
  });

  it('says so when a step is missing', () => {
    expect(() => migrateJournalFile({ version: 1 }, 1, {}, 2)).toThrow(UnsupportedVersion);
  });
});
