import { describe, expect, it } from 'vitest';
import { CurrencyCodeSchema } from './moneySchemas';
import {
  formatMoney,
  knownCurrencyCodes,
  minorToInput,
  minorUnitDigits,
  parseAmountInput,
  parseCurrencyInput,
} from './money';

describe('currencies', () => {
  it('come from Intl and include the ones our users hold', () => {
    const codes = knownCurrencyCodes();
    for (const code of ['IDR', 'USD', 'CNY', 'EUR', 'JPY']) expect(codes).toContain(code);
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('USD')).toBe(2);
  });

  it('parses typed codes in any case and refuses unknown ones', () => {
    expect(parseCurrencyInput('IDR')).toEqual({ ok: true, value: 'IDR' });
    expect(parseCurrencyInput(' idr ')).toEqual({ ok: true, value: 'IDR' });
    expect(parseCurrencyInput('XYZ')).toEqual({ ok: false, problem: 'unknownCurrency' });
    expect(parseCurrencyInput('dollars')).toEqual({ ok: false, problem: 'unknownCurrency' });
    expect(CurrencyCodeSchema.safeParse('usd').success).toBe(false);
  });
});

describe('parseAmountInput', () => {
  it('reads amounts into minor units', () => {
    expect(parseAmountInput('12.50', 'USD')).toEqual({ ok: true, value: 1250 });
    expect(parseAmountInput('1,234.5', 'USD')).toEqual({ ok: true, value: 123450 });
    expect(parseAmountInput('12,5', 'EUR')).toEqual({ ok: true, value: 1250 });
    expect(parseAmountInput('150000', 'JPY')).toEqual({ ok: true, value: 150000 });
    expect(parseAmountInput('0', 'USD')).toEqual({ ok: true, value: 0 });
    expect(parseAmountInput('', 'USD')).toEqual({ ok: true, value: null });
    expect(parseAmountInput('12.', 'USD')).toEqual({ ok: true, value: 1200 });
  });

  it('refuses negative, non-numeric and over-precise amounts', () => {
    expect(parseAmountInput('-5', 'USD')).toEqual({ ok: false, problem: 'negative' });
    expect(parseAmountInput('−5', 'USD')).toEqual({ ok: false, problem: 'negative' });
    expect(parseAmountInput('abc', 'USD')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseAmountInput('12.3.4', 'USD')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseAmountInput('1e5', 'USD')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseAmountInput('12.345', 'USD')).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(parseAmountInput('12.5', 'JPY')).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(parseAmountInput('99999999999999999999', 'USD')).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('round-trips through minorToInput', () => {
    expect(minorToInput(1250, 'USD')).toBe('12.50');
    expect(minorToInput(5, 'USD')).toBe('0.05');
    expect(minorToInput(150000, 'JPY')).toBe('150000');
    expect(parseAmountInput(minorToInput(987654, 'IDR'), 'IDR')).toEqual({ ok: true, value: 987654 });
  });

  it('formats for the locale', () => {
    expect(formatMoney(1250, 'USD', 'en')).toBe('$12.50');
    expect(formatMoney(1250, 'CNY', 'zh-CN')).toBe('¥12.50');
  });
});
