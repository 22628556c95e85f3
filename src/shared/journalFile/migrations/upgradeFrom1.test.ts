import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../readJournalFile';
import { sampleJournalFile } from '../journalFileFixtures';
import { caseFromFormat1 } from './upgradeFrom1';
import { JOURNAL_FORMAT_VERSION } from '../journalFileSchema';

/** A case as format 1 wrote it: minor units, and status changes with only the moment they were clicked. */
function format1Case(overrides: Record<string, unknown> = {}) {
  return {
    balance: { amountMinor: 1500000, currency: 'IDR', outcome: 'refunded', refundedMinor: 1500000 },
    orders: [
      { id: 'o1', reference: 'INV-1', description: '', amountMinor: 1250, currency: 'USD', dueOn: null, status: 'paid' },
      { id: 'o2', reference: 'INV-2', description: '', amountMinor: null, currency: 'USD', dueOn: null, status: 'open' },
    ],
    submission: { submittedOn: '2026-11-02', channel: null, referenceNumber: 'REQ-55120', reviewBusinessDays: 5 },
    confirmation: { confirmedOn: '2026-11-08', method: null, confirmationNumber: '', released: false },
    statusHistory: [
      { status: 'draft', at: '2026-10-28T12:00:00.000Z' },
      { status: 'submitted', at: '2026-11-26T09:00:00.000Z' },
      { status: 'confirmed', at: '2026-11-26T09:01:00.000Z' },
    ],
    ...overrides,
  };
}

describe('journal format 1 → 2', () => {
  it('turns minor units into the decimals they stood for', () => {
    const upgraded = caseFromFormat1(format1Case()) as { balance: unknown; orders: Record<string, unknown>[] };
    expect(upgraded.balance).toEqual({ amount: '1500000', currency: 'IDR', outcome: 'refunded', refunded: '1500000' });
    expect(upgraded.orders.map((order) => [order.amount, 'amountMinor' in order])).toEqual([
      ['12.5', false],
      [null, false],
    ]);
  });

  it("gives each status change the day it happened: the case's own date for it, else the day it was clicked", () => {
    const upgraded = caseFromFormat1(format1Case()) as { statusHistory: unknown[] };
    expect(upgraded.statusHistory).toEqual([
      { status: 'draft', on: '2026-10-28', recordedAt: '2026-10-28T12:00:00.000Z' },
      { status: 'submitted', on: '2026-11-02', recordedAt: '2026-11-26T09:00:00.000Z' },
      { status: 'confirmed', on: '2026-11-08', recordedAt: '2026-11-26T09:01:00.000Z' },
    ]);
  });

  it("only the latest change to a status takes the case's date; earlier ones keep their own day", () => {
    const upgraded = caseFromFormat1(
      format1Case({
        statusHistory: [
          { status: 'submitted', at: '2026-10-01T12:00:00.000Z' },
          { status: 'preparing', at: '2026-10-05T12:00:00.000Z' },
          { status: 'submitted', at: '2026-11-26T09:00:00.000Z' },
        ],
      }),
    ) as { statusHistory: { on: string }[] };
    expect(upgraded.statusHistory.map((change) => change.on)).toEqual(['2026-10-01', '2026-10-05', '2026-11-02']);
  });

  it('passes what is not in the expected shape on, for the schema to refuse with its path', () => {
    expect(caseFromFormat1('not a case')).toBe('not a case');
    const odd = caseFromFormat1(format1Case({ balance: { amountMinor: 12.5, currency: 'USD', outcome: 'none', refundedMinor: -1 } })) as {
      balance: Record<string, unknown>;
    };
    expect(odd.balance).toMatchObject({ amount: 12.5, refunded: -1 });
  });

  it('reads a whole format-1 file into the current format', async () => {
    const file = structuredClone(await sampleJournalFile(2)) as unknown as Record<string, unknown> & { cases: Record<string, unknown>[] };
    file.version = 1;
    for (const journalCase of file.cases) {
      journalCase.balance = { amountMinor: 987654, currency: 'IDR', outcome: 'none', refundedMinor: null };
      journalCase.statusHistory = [{ status: 'draft', at: '2026-11-23T10:00:00.000Z' }];
    }
    const result = await readJournalFile(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.file.version).toBe(JOURNAL_FORMAT_VERSION);
    expect(result.file.cases[0]!.balance).toEqual({ amount: '987654', currency: 'IDR', outcome: 'none', refunded: null });
    expect(result.file.cases[1]!.statusHistory).toEqual([{ status: 'draft', on: '2026-11-23', recordedAt: '2026-11-23T10:00:00.000Z' }]);
  });

  it('refuses a format-1 amount that was not whole, at its new place', async () => {
    const file = structuredClone(await sampleJournalFile(2)) as unknown as Record<string, unknown> & { cases: Record<string, unknown>[] };
    file.version = 1;
    for (const journalCase of file.cases) {
      journalCase.balance = { amountMinor: 12.5, currency: 'IDR', outcome: 'none', refundedMinor: null };
      journalCase.statusHistory = [{ status: 'draft', at: '2026-11-23T10:00:00.000Z' }];
    }
    expect(await readJournalFile(JSON.stringify(file))).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 1, path: 'balance.amount' } });
  });
});
