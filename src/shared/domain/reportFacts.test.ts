import { describe, expect, it } from 'vitest';
import { actualDecisionDate, maskAccount, paperSizeFor } from './reportFacts';

describe('maskAccount', () => {
  it('hides the middle of phone numbers, e-mails and ids', () => {
    expect(maskAccount('+62 812 3456 4821')).toBe('+62 •••• 4821');
    expect(maskAccount('+6281234564821')).toBe('+62 •••• 4821');
    expect(maskAccount('alice@example.com')).toBe('a•••@example.com');
    expect(maskAccount('ACC-99887766')).toBe('AC •••• 7766');
    expect(maskAccount('12345')).toBe('••••');
    expect(maskAccount('')).toBe('');
  });
});

describe('actualDecisionDate', () => {
  it('prefers the confirmation date, else the day the decision was recorded', () => {
    const history = [
      { status: 'draft' as const, on: '2026-11-01', recordedAt: '2026-11-01T09:00:00.000Z' },
      { status: 'rejected' as const, on: '2026-11-10', recordedAt: '2026-11-26T09:00:00.000Z' },
    ];
    expect(actualDecisionDate({ confirmation: { confirmedOn: '2026-11-12', method: null, confirmationNumber: '', released: false }, statusHistory: history })).toBe('2026-11-12');
    expect(actualDecisionDate({ confirmation: { confirmedOn: null, method: null, confirmationNumber: '', released: false }, statusHistory: history })).toBe('2026-11-10');
    expect(actualDecisionDate({ confirmation: { confirmedOn: null, method: null, confirmationNumber: '', released: false }, statusHistory: history.slice(0, 1) })).toBeNull();
  });
});

describe('paperSizeFor', () => {
  it('uses Letter in North America and A4 elsewhere', () => {
    expect(paperSizeFor('en-US')).toBe('Letter');
    expect(paperSizeFor('en')).toBe('Letter');
    expect(paperSizeFor('en-CA')).toBe('Letter');
    expect(paperSizeFor('en-GB')).toBe('A4');
    expect(paperSizeFor('zh-CN')).toBe('A4');
    expect(paperSizeFor('id-ID')).toBe('A4');
    expect(paperSizeFor('not a locale')).toBe('A4');
  });
});
