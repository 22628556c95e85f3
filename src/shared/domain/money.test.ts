import { describe, expect, it } from 'vitest';
import { CurrencyCodeSchema, DecimalAmountSchema } from './moneySchemas';
import {
  amountToInput,
  currencyDigits,
  formatMoney,
  knownCurrencyCodes,
  minorUnitsToAmount,
  moneyExample,
  parseAmountInput,
  parseCurrencyInput,
} from './money';

describe('currencies', () => {
  it('come from Intl and include the ones our users hold', () => {
    const codes = knownCurrencyCodes();
    for (const code of ['IDR', 'USD', 'CNY', 'EUR', 'JPY']) expect(codes).toContain(code);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('USD')).toBe(2);
  });

  it('parses typed codes in any case and refuses unknown ones', () => {
    expect(parseCurrencyInput('IDR')).toEqual({ ok: true, value: 'IDR' });
    expect(parseCurrencyInput(' idr ')).toEqual({ ok: true, value: 'IDR' });
    expect(parseCurrencyInput('XYZ')).toEqual({ ok: false, problem: 'unknownCurrency' });
    expect(parseCurrencyInput('dollars')).toEqual({ ok: false, problem: 'unknownCurrency' });
    expect(CurrencyCodeSchema.safeParse('usd').success).toBe(false);
  });
});

const ok = (value: string | null) => ({ ok: true, value });
const refused = (problem: string) => ({ ok: false, problem });

describe('parseAmountInput', () => {
  it('reads plain amounts as the decimals they are', () => {
    expect(parseAmountInput('12.50', 'USD')).toEqual(ok('12.5'));
    expect(parseAmountInput('1,234.5', 'USD')).toEqual(ok('1234.5'));
    expect(parseAmountInput('12,5', 'EUR')).toEqual(ok('12.5'));
    expect(parseAmountInput('150000', 'JPY')).toEqual(ok('150000'));
    expect(parseAmountInput('0', 'USD')).toEqual(ok('0'));
    expect(parseAmountInput('00', 'USD')).toEqual(ok('0'));
    expect(parseAmountInput('0.00', 'USD')).toEqual(ok('0'));
    expect(parseAmountInput('', 'USD')).toEqual(ok(null));
    expect(parseAmountInput('12.', 'USD')).toEqual(ok('12'));
    expect(parseAmountInput('.5', 'USD')).toEqual(ok('0.5'));
  });

  it('groups thousands the way Indonesians, Germans, the Chinese, the English and the Swiss write them', () => {
    // IDR has no decimals and Indonesia groups with a point: 15.000 is fifteen thousand, not fifteen.
    expect(parseAmountInput('15.000', 'IDR', ['en'])).toEqual(ok('15000'));
    expect(parseAmountInput('1.500.000', 'IDR', ['en'])).toEqual(ok('1500000'));
    expect(parseAmountInput('15.000', 'IDR', ['zh-CN'])).toEqual(ok('15000'));
    expect(parseAmountInput('15.000', 'EUR', ['de-DE'])).toEqual(ok('15000'));
    expect(parseAmountInput('1.234,56', 'EUR', ['de-DE'])).toEqual(ok('1234.56'));
    expect(parseAmountInput('15,000', 'CNY', ['zh-CN'])).toEqual(ok('15000'));
    expect(parseAmountInput('15,000', 'USD', ['en'])).toEqual(ok('15000'));
    expect(parseAmountInput("15'000", 'CHF', ['de-CH'])).toEqual(ok('15000'));
    expect(parseAmountInput('15’000.50', 'CHF', ['de-CH'])).toEqual(ok('15000.5'));
    expect(parseAmountInput('15 000', 'EUR', ['fr-FR'])).toEqual(ok('15000'));
    expect(parseAmountInput('15\u202f000,25', 'EUR', ['fr-FR'])).toEqual(ok('15000.25'));
  });

  it('takes a currency symbol or code around the number', () => {
    expect(parseAmountInput('Rp 15.000', 'IDR', ['en'])).toEqual(ok('15000'));
    expect(parseAmountInput('Rp15.000', 'IDR', ['id-ID'])).toEqual(ok('15000'));
    expect(parseAmountInput('IDR 1.500.000', 'IDR', ['en'])).toEqual(ok('1500000'));
    expect(parseAmountInput('15000 idr', 'IDR', ['en'])).toEqual(ok('15000'));
    expect(parseAmountInput('$12.50', 'USD', ['en'])).toEqual(ok('12.5'));
    expect(parseAmountInput('¥12.50', 'CNY', ['zh-CN'])).toEqual(ok('12.5'));
    expect(parseAmountInput('€ 12,50', 'EUR', ['de-DE'])).toEqual(ok('12.5'));
    expect(parseAmountInput('USD 15', 'IDR', ['en'])).toEqual(refused('otherCurrency'));
  });

  it('refuses what two conventions would read differently, instead of guessing', () => {
    // A German reads 1.500 as fifteen hundred; an English reader of a three-decimal currency as one and a half.
    expect(parseAmountInput('1.500', 'KWD', ['en', 'de-DE'])).toEqual(refused('ambiguous'));
    expect(parseAmountInput('1.500,000', 'KWD', ['en', 'de-DE'])).toEqual(ok('1500'));
    expect(parseAmountInput('1,500.000', 'KWD', ['en', 'de-DE'])).toEqual(ok('1500'));
  });

  it('refuses negative, non-numeric, over-precise and too large amounts', () => {
    expect(parseAmountInput('-5', 'USD')).toEqual(refused('negative'));
    expect(parseAmountInput('−5', 'USD')).toEqual(refused('negative'));
    expect(parseAmountInput('(5)', 'USD')).toEqual(refused('negative'));
    expect(parseAmountInput('abc', 'USD')).toEqual(refused('notNumber'));
    expect(parseAmountInput('12.3.4', 'USD')).toEqual(refused('notNumber'));
    expect(parseAmountInput('1,5,0', 'USD')).toEqual(refused('notNumber'));
    expect(parseAmountInput('1e5', 'USD')).toEqual(refused('notNumber'));
    expect(parseAmountInput('12.345', 'CNY', ['zh-CN'])).toEqual(refused('tooManyDecimals'));
    expect(parseAmountInput('12.5', 'JPY')).toEqual(refused('tooManyDecimals'));
    expect(parseAmountInput('15000,50', 'IDR', ['id-ID'])).toEqual(refused('tooManyDecimals'));
    expect(parseAmountInput('99999999999999999999', 'USD')).toEqual(refused('tooLarge'));
  });

  it('reads back what an amount field shows, in every language', () => {
    for (const locale of ['en', 'zh-CN', 'de-DE', 'id-ID', 'de-CH', 'fr-FR']) {
      for (const [amount, currency] of [['1500000', 'IDR'], ['1234.5', 'USD'], ['0.05', 'EUR'], ['987654', 'JPY'], ['1234.567', 'KWD']] as const) {
        expect(parseAmountInput(amountToInput(amount, currency, locale), currency, [locale]), `${amount} ${currency} in ${locale}`).toEqual(ok(amount));
      }
    }
  });
});

describe('amounts as decimals', () => {
  it('are stored in one canonical form, whatever the currency', () => {
    for (const good of ['0', '15000', '12.5', '0.05', '123456789012345.123456']) expect(DecimalAmountSchema.safeParse(good).success, good).toBe(true);
    for (const bad of ['', '-0', '-5', '012', '12.50', '12.', '.5', '1,500', '1e5', '1234567890123456', '0.1234567']) {
      expect(DecimalAmountSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("read format-1 minor units with the currency's decimals", () => {
    expect(minorUnitsToAmount(1250, 2)).toBe('12.5');
    expect(minorUnitsToAmount(5, 2)).toBe('0.05');
    expect(minorUnitsToAmount(0, 2)).toBe('0');
    expect(minorUnitsToAmount(1500000, 0)).toBe('1500000');
    expect(minorUnitsToAmount(1000, 3)).toBe('1');
  });

  it('format for the locale, never rounding what was stored', () => {
    expect(formatMoney('12.5', 'USD', 'en')).toBe('$12.50');
    expect(formatMoney('12.5', 'CNY', 'zh-CN')).toBe('¥12.50');
    expect(formatMoney('1500000', 'IDR', 'en')).toBe('IDR\u00a01,500,000');
    // An amount kept through a change to a currency without decimals keeps them on screen.
    expect(formatMoney('12.5', 'IDR', 'en')).toBe('IDR\u00a012.5');
    expect(formatMoney('123456789012345.12', 'USD', 'en')).toBe('$123,456,789,012,345.12');
    expect(amountToInput('1500000', 'IDR', 'en')).toBe('1,500,000');
    expect(amountToInput('12.5', 'USD', 'de-DE')).toBe('12,50');
    expect(moneyExample('IDR', 'en')).toBe('IDR\u00a015,000');
    expect(moneyExample('USD', 'en')).toBe('$1,234.50');
  });
});
