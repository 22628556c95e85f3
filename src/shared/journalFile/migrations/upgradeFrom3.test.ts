import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../readJournalFile';
import { sampleJournalFile } from '../journalFileFixtures';
import { JOURNAL_FORMAT_VERSION } from '../journalFileSchema';
import { countryOfCurrency, deadlinesFromFormat3, upgradeFrom3 } from './upgradeFrom3';

const unknownDates = {
  renewsOn: null,
  noticePeriod: null,
  trialEndsOn: null,
  followUpOn: null,
  refundDueOn: null,
  disputedChargeOn: null,
  disputeWindowDays: null,
};

/** A sample file as format 3 wrote it: no country, no dates. */
async function format3File() {
  const file = structuredClone(await sampleJournalFile(2)) as unknown as Record<string, unknown> & { cases: Record<string, unknown>[] };
  file.version = 3;
  for (const journalCase of file.cases) {
    delete journalCase.country;
    delete journalCase.deadlines;
  }
  return file;
}

describe('journal format 3 → 4', () => {
  it('takes the country from a national currency, and none from a currency of many countries', () => {
    expect(countryOfCurrency('IDR')).toBe('ID');
    expect(countryOfCurrency('CNY')).toBe('CN');
    expect(countryOfCurrency('USD')).toBe('US');
    expect(countryOfCurrency('EUR')).toBeNull();
    expect(countryOfCurrency('XOF')).toBeNull();
    expect(countryOfCurrency('idr')).toBeNull();
    expect(countryOfCurrency(7)).toBeNull();
  });

  it('gives a case its country and every date unknown, keeping what it has', () => {
    expect(deadlinesFromFormat3({ id: 'a', balance: { currency: 'IDR' } })).toEqual({
      id: 'a',
      balance: { currency: 'IDR' },
      country: 'ID',
      deadlines: unknownDates,
    });
    expect(deadlinesFromFormat3({ id: 'b', balance: { currency: 'EUR' }, country: 'DE' })).toMatchObject({ country: 'DE' });
    expect(deadlinesFromFormat3({ id: 'c' })).toMatchObject({ country: null, deadlines: unknownDates });
  });

  it('passes what is not a case on, for the schema to refuse with its path', () => {
    expect(deadlinesFromFormat3('case')).toBe('case');
    expect(upgradeFrom3({ cases: 'none' })).toEqual({ cases: 'none' });
  });

  it('reads a whole format-3 file into the current format', async () => {
    const result = await readJournalFile(JSON.stringify(await format3File()));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.file.version).toBe(JOURNAL_FORMAT_VERSION);
    for (const journalCase of result.file.cases) {
      expect(journalCase.country).toBe('ID');
      expect(journalCase.deadlines).toEqual(unknownDates);
    }
  });

  it('refuses a format-4 case without its dates, naming the field', async () => {
    const file = structuredClone(await sampleJournalFile(1)) as unknown as { cases: Record<string, unknown>[] };
    delete file.cases[0]!.deadlines;
    expect(await readJournalFile(JSON.stringify(file))).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 1, path: 'deadlines' } });
  });

  it('refuses a format-3 file whose country is not a code, naming the field', async () => {
    const file = await format3File();
    file.cases[0]!.country = 'Indonesia';
    expect(await readJournalFile(JSON.stringify(file))).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 1, path: 'country' } });
  });
});
