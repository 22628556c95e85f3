import { describe, expect, it } from 'vitest';
import { accountAsPhoneNumber, countryOfCurrency, normalisedAccount, phoneAccountWords } from './phoneAccount';

describe('countryOfCurrency', () => {
  it('is the country of a national currency', () => {
    expect(countryOfCurrency('IDR')).toBe('ID');
    expect(countryOfCurrency('CNY')).toBe('CN');
    expect(countryOfCurrency('USD')).toBe('US');
    expect(countryOfCurrency('gbp')).toBe('GB');
  });

  it('is undefined for currencies of no single country and for anything not a code', () => {
    for (const code of ['EUR', 'XAF', 'XOF', 'XDR', 'XAU', '', 'ID', 'IDRX', '1DR']) expect(countryOfCurrency(code)).toBeUndefined();
  });
});

describe('an account that is a phone number', () => {
  const indonesian = ['+62 838 1234 4821', '0838-1234-4821', '6283812344821', '(0838) 1234 4821', '  +62 838-1234-4821 '];

  it('is recognised however it is written, in the hint country', () => {
    for (const written of indonesian) expect(accountAsPhoneNumber(written, 'ID')?.number, written).toBe('+6283812344821');
    expect(accountAsPhoneNumber('+62 838 1234 4821', undefined)?.number).toBe('+6283812344821');
    expect(accountAsPhoneNumber('138 0013 8000', 'CN')?.number).toBe('+8613800138000');
  });

  it('is stored and shown in one international form, and normalising again changes nothing', () => {
    for (const written of indonesian) expect(normalisedAccount(written, 'ID')).toBe('+62 838 1234 4821');
    expect(normalisedAccount('138 0013 8000', 'CN')).toBe('+86 138 0013 8000');
    for (const written of [...indonesian, '138 0013 8000', 'alice@example.com', '1234567890']) {
      const once = normalisedAccount(written, 'ID');
      expect(normalisedAccount(once, 'ID')).toBe(once);
    }
    // The international form no longer depends on the case's currency.
    expect(normalisedAccount('+62 838 1234 4821', 'CN')).toBe('+62 838 1234 4821');
    expect(normalisedAccount('+62 838 1234 4821', undefined)).toBe('+62 838 1234 4821');
  });

  it('is found by the same words in every form: international, national, and digits from the middle', () => {
    const words = phoneAccountWords('+62 838 1234 4821', 'ID')!;
    for (const written of indonesian) expect(new Set(phoneAccountWords(written, 'ID'))).toEqual(new Set(words));
    expect(words).toEqual(expect.arrayContaining(['6283812344821', '083812344821', '83812344821', '12344821', '4821']));
    const middle = (digits: string) => words.some((word) => word.startsWith(digits));
    expect(middle('8381234')).toBe(true);
    expect(middle('12344821')).toBe(true);
    expect(middle('3812')).toBe(true);
    // Suffixes shared by the international and national digits are one word, none shorter than four.
    expect(words).toHaveLength(new Set(words).size);
    expect(words.every((word) => word.length >= 4)).toBe(true);
    expect(words).toHaveLength(11);
  });

  it('finds a Chinese mobile, which has no trunk prefix, by its own eleven digits', () => {
    const words = phoneAccountWords('138 0013 8000', 'CN')!;
    expect(words).toEqual(expect.arrayContaining(['8613800138000', '13800138000', '00138000']));
    expect(new Set(phoneAccountWords('+86 138 0013 8000', undefined))).toEqual(new Set(words));
  });

  it('needs a country for the forms without +', () => {
    expect(accountAsPhoneNumber('0838-1234-4821', undefined)).toBeUndefined();
    expect(accountAsPhoneNumber('6283812344821', undefined)).toBeUndefined();
    expect(normalisedAccount('0838-1234-4821', undefined)).toBe('0838-1234-4821');
  });
});

describe('an account that is not a phone number', () => {
  it('is kept as typed, only trimmed', () => {
    expect(normalisedAccount('  alice@example.com ', 'ID')).toBe('alice@example.com');
    expect(normalisedAccount('Member 0838 1234 4821', 'ID')).toBe('Member 0838 1234 4821');
    expect(normalisedAccount('', 'ID')).toBe('');
    expect(phoneAccountWords('alice@example.com', 'ID')).toBeNull();
  });

  it('is not taken for a phone number when its digits only have a phone number’s length', () => {
    // With libphonenumber's `min` metadata all of these pass as phone numbers.
    expect(normalisedAccount('1234567890', 'ID')).toBe('1234567890');
    expect(normalisedAccount('9876543210', 'CN')).toBe('9876543210');
    expect(normalisedAccount('12345678901', 'CN')).toBe('12345678901');
    expect(normalisedAccount('20261102', 'ID')).toBe('20261102');
  });
});
