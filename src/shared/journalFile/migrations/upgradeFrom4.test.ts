import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../readJournalFile';
import { sampleJournalFile } from '../journalFileFixtures';
import { JOURNAL_FORMAT_VERSION } from '../journalFileSchema';
import { recurringFeeFromFormat4, upgradeFrom4 } from './upgradeFrom4';

/** Spelled out, not the constant it checks. */
const unknownFee = { amount: null, period: 'monthly' };

/** A sample file as format 4 wrote it: no recurring fee. */
async function format4File() {
  const file = structuredClone(await sampleJournalFile(2)) as unknown as Record<string, unknown> & { cases: Record<string, unknown>[] };
  file.version = 4;
  for (const journalCase of file.cases) delete journalCase.recurringFee;
  return file;
}

describe('journal format 4 → 5', () => {
  it('gives a case an unknown recurring fee, keeping one it has', () => {
    expect(recurringFeeFromFormat4({ id: 'a' })).toEqual({ id: 'a', recurringFee: unknownFee });
    const known = { amount: '9.99', period: 'yearly' };
    expect(recurringFeeFromFormat4({ id: 'b', recurringFee: known })).toEqual({ id: 'b', recurringFee: known });
  });

  it('passes what is not a case on, for the schema to refuse with its path', () => {
    expect(recurringFeeFromFormat4(null)).toBeNull();
    expect(recurringFeeFromFormat4([1])).toEqual([1]);
    expect(upgradeFrom4({ cases: 'none' })).toEqual({ cases: 'none' });
  });

  it('reads a whole format-4 file into the current format, every fee unknown', async () => {
    const result = await readJournalFile(JSON.stringify(await format4File()));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.file.version).toBe(JOURNAL_FORMAT_VERSION);
    expect(result.file.cases.map((journalCase) => journalCase.recurringFee)).toEqual([unknownFee, unknownFee]);
  });

  it('refuses a format-5 case without its fee, naming the field', async () => {
    const file = structuredClone(await sampleJournalFile(1)) as unknown as { cases: Record<string, unknown>[] };
    delete file.cases[0]!.recurringFee;
    expect(await readJournalFile(JSON.stringify(file))).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 1, path: 'recurringFee' } });
  });

  it('refuses a fee that is not an exact decimal, or a period it does not know, naming the field', async () => {
    const file = await format4File();
    file.cases[0]!.recurringFee = { amount: '9,99', period: 'monthly' };
    expect(await readJournalFile(JSON.stringify(file))).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 1, path: 'recurringFee.amount' } });
    file.cases[0]!.recurringFee = { amount: '9.99', period: 'daily' };
    expect(await readJournalFile(JSON.stringify(file))).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 1, path: 'recurringFee.period' } });
  });
});
