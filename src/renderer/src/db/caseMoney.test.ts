import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { sampleJournalFile } from '@shared/journalFile/journalFileFixtures';
import { JournalDatabase } from './journalDatabase';
import { caseRepository } from './caseRepository';
import { importJournal } from './journalImport';
import { tallyJournal } from './overviewQuery';
import { attachmentFilesInMemory } from './attachmentFiles';

let db: JournalDatabase;
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 2, 9, 0, 0) + tick++ * 1000);

beforeEach(() => {
  db = new JournalDatabase(`money-${crypto.randomUUID()}`, attachmentFilesInMemory());
});
afterEach(async () => {
  await db.delete();
});

const input = { title: 'Netflix', providerName: 'Netflix', account: '', category: 'streaming' as const, currency: 'USD', country: 'US' };

describe('each case’s money record', () => {
  it('follows every change of its case in the same write, and goes when the case is deleted for good', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    expect(await db.caseMoney.get(made.id)).toMatchObject({ currency: 'USD', fee: null, period: 'monthly', confirmedOn: null, inTrash: 0 });

    await cases.edit(made.id, (c) => ({ ...c, recurringFee: { amount: '15.49', period: 'monthly' }, balance: { ...c.balance, amount: '3.2', outcome: 'forfeited' } }));
    await cases.setStatus(made.id, 'confirmed', '2026-10-31');
    expect(await db.caseMoney.get(made.id)).toMatchObject({ status: 'confirmed', fee: '15.49', amount: '3.2', outcome: 'forfeited', confirmedOn: '2026-10-31' });

    await cases.moveToTrash(made.id);
    expect(await db.caseMoney.get(made.id)).toMatchObject({ inTrash: 1 });
    await cases.deleteForever(made.id);
    expect(await db.caseMoney.count()).toBe(0);
  });

  it('is not written when the change is refused', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    await expect(cases.edit(made.id, (c) => ({ ...c, recurringFee: { amount: '9,99', period: 'monthly' } }))).rejects.toThrow();
    expect(await db.caseMoney.get(made.id)).toMatchObject({ fee: null });
  });

  it('is written by an import, one per case, and the Overview tallies them in chunks', async () => {
    const file = await sampleJournalFile(25);
    file.cases[0] = { ...file.cases[0]!, recurringFee: { amount: '15000', period: 'monthly' } };
    await importJournal(db, file, 'skip');
    expect(await db.caseMoney.count()).toBe(25);
    const tally = await tallyJournal(db, '2026-11-26', undefined, 4);
    expect(tally.total).toBe(25);
    expect(Object.values(tally.byStatus).reduce((sum, count) => sum + count, 0)).toBe(25);
  });

  it('stops tallying when the Overview closes', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(tallyJournal(db, '2026-11-26', stop.signal)).rejects.toThrow();
  });
});
