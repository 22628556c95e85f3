import { describe, expect, it } from 'vitest';
import { newCase } from './newCase';
import { defaultTemplateFor } from '../templates/builtInTemplates';
import type { JournalCase } from './caseSchema';
import * as phoneAccounts from './phoneAccount';
import { digitSuffixWords } from './phoneAccount';
import { caseSearchWords, queryTerms } from './searchWords';

let counter = 0;
function journalCase(change: Partial<JournalCase> = {}, account = 'customer 7781', currency = 'IDR'): JournalCase {
  const made = newCase(
    defaultTemplateFor('en'),
    { title: 'Axis eSIM', providerName: 'Axis', account, category: 'phone_esim', currency },
    new Date('2026-11-02T09:00:00Z'),
    () => `id-${++counter}`,
  );
  return { ...made, ...change };
}

/** The search index's rule (see SearchIndex): every query term starts one of the case's words. */
function finds(words: readonly string[], query: string): boolean {
  const terms = queryTerms(query);
  return terms.length > 0 && terms.every((term) => words.some((word) => word.startsWith(term)));
}

describe('a case is found by', () => {
  const base = journalCase();

  it('its request reference number, typed as written, compact, or in part', () => {
    const words = caseSearchWords({ ...base, submission: { ...base.submission, referenceNumber: 'REQ-55120' } }, phoneAccounts);
    for (const query of ['REQ-55120', 'req55120', 'REQ 55120', '55120', 'REQ', 'req-551']) expect(finds(words, query), query).toBe(true);
    expect(finds(caseSearchWords(base, phoneAccounts), 'REQ-55120')).toBe(false);
    expect(finds(words, 'REQ-55121')).toBe(false);
  });

  it('its confirmation number', () => {
    const words = caseSearchWords({ ...base, confirmation: { ...base.confirmation, confirmationNumber: 'AX-7781' } }, phoneAccounts);
    for (const query of ['AX-7781', 'ax7781', '7781', 'AX']) expect(finds(words, query), query).toBe(true);
    expect(finds(caseSearchWords(base, phoneAccounts), 'ax7781')).toBe(false);
  });

  it('the names of its evidence, but not of what is in its attachment Trash', () => {
    const file = (name: string, deletedAt: string | null) => ({ id: name, name, mediaType: 'message/rfc822', size: 3, sha256: 'a'.repeat(64), addedAt: '2026-11-02T09:00:00.000Z', kind: 'confirmation' as const, stepId: null, deletedAt });
    const words = caseSearchWords({ ...base, attachments: [file('Account-closed_AX7781.eml', null), file('old-draft.pdf', '2026-11-03T09:00:00.000Z')] }, phoneAccounts);
    for (const query of ['account closed', 'ax7781', '7781', 'eml']) expect(finds(words, query), query).toBe(true);
    expect(finds(words, 'old-draft')).toBe(false);
  });

  it('its device names', () => {
    const device = { id: 'd1', name: 'Pixel 8a 工作手机', kind: 'phone' as const, unbound: false, unboundOn: null };
    const words = caseSearchWords({ ...base, devices: [device] }, phoneAccounts);
    for (const query of ['pixel', 'Pixel 8a', '工作手机', '手机']) expect(finds(words, query), query).toBe(true);
    expect(finds(caseSearchWords(base, phoneAccounts), 'pixel')).toBe(false);
  });

  it('its order references and descriptions', () => {
    const order = { id: 'o1', reference: 'INV-2026-0042', description: 'Roaming pack 国际漫游', amount: null, currency: 'IDR', dueOn: null, status: 'open' as const };
    const words = caseSearchWords({ ...base, orders: [order] }, phoneAccounts);
    for (const query of ['INV-2026-0042', 'inv20260042', '0042', 'roaming', '漫游']) expect(finds(words, query), query).toBe(true);
    expect(finds(caseSearchWords(base, phoneAccounts), 'roaming')).toBe(false);
  });

  it('the provider’s support contact, a phone number found in any form like the account', () => {
    const withContact = (supportContact: string) => caseSearchWords({ ...base, provider: { ...base.provider, supportContact } }, phoneAccounts);
    const email = withContact('care@axis.co.id');
    expect(finds(email, 'care@axis')).toBe(true);
    expect(finds(caseSearchWords(base, phoneAccounts), 'care')).toBe(false);
    const phone = withContact('021 2345 6789');
    for (const query of ['+62 21 2345 6789', '(021) 2345 6789', '23456789', '2345']) expect(finds(phone, query), query).toBe(true);
  });

  it('a phone account in any of its forms, and digits from its middle', () => {
    for (const account of ['+62 838 1234 4821', '0838-1234-4821', '6283812344821']) {
      const words = caseSearchWords(journalCase({}, account, 'IDR'), phoneAccounts);
      for (const query of ['+62 838 1234 4821', '0838-1234-4821', '(0838) 1234 4821', '6283812344821', '8381234', '12344821', '4821', '+62 838'])
        expect(finds(words, `${query}`), `${account} by ${query}`).toBe(true);
      expect(finds(words, '0838-1234-4822'), account).toBe(false);
    }
  });

  it('a Chinese mobile account in the case’s currency country', () => {
    const words = caseSearchWords(journalCase({}, '138 0013 8000', 'CNY'), phoneAccounts);
    for (const query of ['138 0013 8000', '13800138000', '+86 138 0013 8000', '00138000']) expect(finds(words, query), query).toBe(true);
  });

  it('an account that is no phone number as today: its words and its compact form', () => {
    const words = caseSearchWords(journalCase({}, 'ACC 7781-22', 'EUR'), phoneAccounts);
    for (const query of ['acc', '7781', 'acc778122', '7781-22']) expect(finds(words, query), query).toBe(true);
    // Without a country, a national number is an ordinary account: its digits typed whole still find it.
    const national = caseSearchWords(journalCase({}, '0838-1234-4821', 'EUR'), phoneAccounts);
    expect(finds(national, '0838 1234 4821')).toBe(true);
  });

  it('a phone number written in its notes, typed with other grouping', () => {
    const words = caseSearchWords({ ...base, notes: '客服电话 0838-1234-4821, called on 2026-11-02' }, phoneAccounts);
    for (const query of ['0838 1234 4821', '(0838) 1234-4821', '客服', '2026-11-02']) expect(finds(words, query), query).toBe(true);
  });
});

describe('search words stay few', () => {
  it('keep no word that only starts another word of the same case', () => {
    const words = caseSearchWords(journalCase({ notes: '退款 退款中' }, '+62 838 1234 4821'), phoneAccounts);
    expect(words).not.toContain('62');
    expect(words).not.toContain('退');
    expect(words).toEqual(expect.arrayContaining(['退款', '款中', '中']));
    for (const word of words) expect(words.filter((other) => other !== word && other.startsWith(word))).toEqual([]);
  });

  it('give a digit string and its suffixes of four digits or more, once each', () => {
    expect(digitSuffixWords(['123456', '0456'])).toEqual(['123456', '23456', '3456', '0456']);
    expect(digitSuffixWords(['6283812344821', '083812344821'])).toHaveLength(11);
  });
});

describe('query terms', () => {
  it('make a phone number one term of its digits, however it is grouped', () => {
    expect(queryTerms('+62 838 1234 4821')).toEqual(['6283812344821']);
    expect(queryTerms('0838-1234-4821')).toEqual(['083812344821']);
    expect(queryTerms('(0838) 1234 4821')).toEqual(['083812344821']);
    expect(queryTerms('axis 0838.1234.4821')).toEqual(['083812344821', 'axis']);
    expect(queryTerms('电话 0838 1234 4821')).toEqual(['电话', '083812344821']);
  });

  it('leave dates, short numbers and numbers not written as phone numbers word by word', () => {
    expect(queryTerms('2026-11-02')).toEqual(['2026', '11', '02']);
    expect(queryTerms('0838 12')).toEqual(['0838', '12']);
    expect(queryTerms('2024 2025')).toEqual(['2024', '2025']);
    expect(queryTerms('REQ-55120')).toEqual(['req', '55120']);
  });
});
