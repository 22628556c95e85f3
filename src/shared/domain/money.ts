
/** ISO 4217 codes as the running JavaScript engine knows them (no hand-kept table). */
export function knownCurrencyCodes(): readonly string[] {
  return Intl.supportedValuesOf('currency');
}

let currencySet: Set<string> | undefined;
export function isKnownCurrency(code: string): boolean {
  currencySet ??= new Set(knownCurrencyCodes());
  return currencySet.has(code);
}

/** A three-letter ISO 4217 code; checked by CurrencyCodeSchema (moneySchemas.ts). */
export type CurrencyCode = string;

/** Intl formatters are costly to make and asked for in every list row and report line: make each once. */
const currencyFormats = new Map<string, Intl.NumberFormat>();
function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = currencyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    currencyFormats.set(key, format);
  }
  return format;
}

export function minorUnitDigits(currency: string): number {
  return currencyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  return currencyFormat(locale, currency).format(amountMinor / 10 ** minorUnitDigits(currency));
}

/** The amount as the user would type it back (`1250` IDR cents → `12.50`), no grouping. */
export function minorToInput(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(amountMinor);
  const text = String(amountMinor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export type AmountInputProblem = 'negative' | 'notNumber' | 'tooManyDecimals' | 'tooLarge';

/**
 * Reads an amount typed by the user into minor units. Accepts `1234.5`, `1,234.50` and `1234,50`;
 * refuses negatives and text instead of silently dropping it.
 */
export function parseAmountInput(
  text: string,
  currency: string,
): { ok: true; value: number | null } | { ok: false; problem: AmountInputProblem } {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (trimmed === '') return { ok: true, value: null };
  if (/^[-\u2212]/.test(trimmed)) return { ok: false, problem: 'negative' };
  let normalised: string;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) normalised = trimmed.replace(/,/g, '');
  else if (/^\d+,\d{1,2}$/.test(trimmed)) normalised = trimmed.replace(',', '.');
  else if (/^\d+(\.\d*)?$/.test(trimmed)) normalised = trimmed;
  else if (/^\.\d+$/.test(trimmed)) normalised = `0${trimmed}`;
  else return { ok: false, problem: 'notNumber' };
  const [whole = '0', fraction = ''] = normalised.split('.');
  const digits = minorUnitDigits(currency);
  if (fraction.replace(/0+$/, '').length > digits) return { ok: false, problem: 'tooManyDecimals' };
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0').slice(0, digits) || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: Number(minor) };
}

export type CurrencyInputProblem = 'unknownCurrency';

export function parseCurrencyInput(
  text: string,
): { ok: true; value: CurrencyCode } | { ok: false; problem: CurrencyInputProblem } {
  const code = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && isKnownCurrency(code)
    ? { ok: true, value: code }
    : { ok: false, problem: 'unknownCurrency' };
}
