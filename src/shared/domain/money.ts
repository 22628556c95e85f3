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

/**
 * An amount of money as the decimal number the user meant: `"15000"`, `"12.5"`. No grouping, a
 * point before the fraction, no trailing zeros in it. Stored this way (not as minor units) so the
 * figure never depends on how many decimals the platform's currency data gives a currency — that
 * has changed before (IDR, HUF, TWD) — and so changing a case's currency keeps the number.
 * Checked by DecimalAmountSchema (moneySchemas.ts).
 */
export type DecimalAmount = string;

/** The canonical form: whole part without leading zeros, fraction without trailing zeros. */
export const decimalAmountPattern = /^(0|[1-9]\d{0,14})(\.\d{0,5}[1-9])?$/;
export const MAX_WHOLE_DIGITS = 15;
export const MAX_FRACTION_DIGITS = 6;

/** How many decimals a currency is usually written with, per the platform (used for entry and display only). */
export function currencyDigits(currency: string): number {
  return currencyFormat('en', currency, 0).resolvedOptions().maximumFractionDigits ?? 2;
}

/** The number of decimals an amount carries (`"12.5"` → 1). */
function scaleOf(amount: DecimalAmount): number {
  const point = amount.indexOf('.');
  return point < 0 ? 0 : amount.length - point - 1;
}

/** Intl formatters are costly to make and asked for in every list row and report line: make each once. */
const formats = new Map<string, Intl.NumberFormat>();
function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = formats.get(key);
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/** A currency format that shows at least `scale` decimals, so an amount is never rounded for display. */
function currencyFormat(locale: string, currency: string, scale: number): Intl.NumberFormat {
  return cached(`${locale}|${currency}|${scale}`, () => {
    const base = new Intl.NumberFormat(locale, { style: 'currency', currency });
    const digits = base.resolvedOptions().maximumFractionDigits ?? 2;
    return scale <= digits
      ? base
      : new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: scale, maximumFractionDigits: scale });
  });
}

/** Intl formats a numeric string exactly (no binary floating point on the way). */
type ExactNumberFormat = { format(value: string): string };

export function formatMoney(amount: DecimalAmount, currency: string, locale: string): string {
  return (currencyFormat(locale, currency, scaleOf(amount)) as unknown as ExactNumberFormat).format(amount);
}

/** The amount as it stands in an amount field: grouped the way `locale` groups (`1,500,000`), no symbol. */
export function amountToInput(amount: DecimalAmount, currency: string, locale: string): string {
  const scale = scaleOf(amount);
  const decimals = scale === 0 ? 0 : Math.max(scale, currencyDigits(currency));
  const format = cached(`${locale}|plain|${decimals}`, () =>
    new Intl.NumberFormat(locale, { useGrouping: true, minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
  );
  return (format as unknown as ExactNumberFormat).format(amount);
}

/** A sample amount in the currency's own format, for messages: `IDR 15,000`, `$12.50`. */
export function moneyExample(currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  return formatMoney(digits === 0 ? '15000' : `1234.${'5'.padEnd(digits, '0')}`.replace(/0+$/, ''), currency, locale);
}

/** Whether an amount is more than nothing. */
export function isPositiveAmount(amount: DecimalAmount | null): boolean {
  return amount !== null && amount !== '0';
}

/**
 * The canonical decimal of a whole number of minor units (`1250`, 2 digits → `"12.5"`): how amounts
 * of journal format 1 and database version 3, which stored minor units, are read today.
 */
export function minorUnitsToAmount(minor: number, digits: number): DecimalAmount {
  const text = String(minor).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : text.slice(-digits).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

export type AmountInputProblem = 'negative' | 'notNumber' | 'tooManyDecimals' | 'tooLarge' | 'ambiguous' | 'otherCurrency';
export type AmountInputResult = { ok: true; value: DecimalAmount | null } | { ok: false; problem: AmountInputProblem };

/** Separators a convention uses, as `Intl` writes numbers in a locale. */
interface Convention {
  group: string;
  decimal: string;
}

const conventions = new Map<string, Convention | null>();
function conventionOf(locale: string): Convention | null {
  let convention = conventions.get(locale);
  if (convention === undefined) {
    try {
      const parts = new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).formatToParts(1234567.5);
      convention = {
        group: parts.find((part) => part.type === 'group')?.value ?? ',',
        decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      };
    } catch {
      convention = null;
    }
    conventions.set(locale, convention);
  }
  return convention;
}

/**
 * Where a currency is at home: a national currency's code begins with its country's ISO 3166 code
 * (IDR → ID, CHF → CH), and `Intl.Locale#maximize` gives that country's likely language.
 */
function homeLocaleOf(currency: string): string | null {
  if (currency.startsWith('X')) return null;
  try {
    return new Intl.Locale('und', { region: currency.slice(0, 2) }).maximize().toString();
  } catch {
    return null;
  }
}

/** Characters that only ever group digits: spaces of every width and apostrophes (Swiss `15'000`). */
const groupOnly = /[\s\u00a0\u202f\u2009'’ʼ]/;

const symbolsByCurrency = new Map<string, string[]>();
/** The ways a currency is written next to an amount (`Rp`, `IDR`, `US$`, `$`, `¥`), longest first. */
function currencyMarks(currency: string, locales: readonly string[]): string[] {
  const key = `${currency}|${locales.join(',')}`;
  let marks = symbolsByCurrency.get(key);
  if (!marks) {
    const found = new Set<string>([currency]);
    for (const locale of locales) {
      for (const currencyDisplay of ['symbol', 'narrowSymbol', 'code'] as const) {
        try {
          const part = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay })
            .formatToParts(1)
            .find((p) => p.type === 'currency');
          if (part) found.add(part.value.trim());
        } catch {
          // A locale the platform does not know adds nothing.
        }
      }
    }
    marks = [...found].filter(Boolean).sort((a, b) => b.length - a.length);
    symbolsByCurrency.set(key, marks);
  }
  return marks;
}

function stripCurrencyMarks(text: string, currency: string, locales: readonly string[]): string {
  let rest = text;
  for (const mark of currencyMarks(currency, locales)) {
    const upper = rest.toUpperCase();
    const markUpper = mark.toUpperCase();
    if (upper.startsWith(markUpper)) rest = rest.slice(mark.length).trimStart();
    else if (upper.endsWith(markUpper)) rest = rest.slice(0, -mark.length).trimEnd();
  }
  return rest;
}

/** Whether `digits` split by one separator are well-formed groups of three after the first. */
function wellGrouped(groups: readonly string[]): boolean {
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}

function canonical(whole: string, fraction: string): DecimalAmount {
  const trimmedWhole = whole.replace(/^0+(?=\d)/, '');
  const trimmedFraction = fraction.replace(/0+$/, '');
  return trimmedFraction ? `${trimmedWhole}.${trimmedFraction}` : trimmedWhole;
}

/**
 * Reads an amount as people type it, by the conventions of the user's locales and of the
 * currency's home: `15.000` in IDR is fifteen thousand (Indonesians group with a point, and IDR has
 * no decimals), `12,50` is twelve and a half, `15'000` is Swiss for fifteen thousand, `Rp 15.000`
 * and `15000 IDR` carry the currency around the number. What two conventions would read
 * differently (`1,500` of a three-decimal currency where a comma can be either) is refused as
 * ambiguous rather than guessed.
 */
export function parseAmountInput(text: string, currency: string, locales: readonly string[] = ['en']): AmountInputResult {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return { ok: true, value: null };
  if (/^[-\u2212(]|[-\u2212)]$/.test(trimmed)) return { ok: false, problem: 'negative' };
  const known = [...locales, homeLocaleOf(currency)].filter((locale): locale is string => locale !== null);
  let body = stripCurrencyMarks(trimmed, currency, known);
  if (/^[-\u2212]/.test(body)) return { ok: false, problem: 'negative' };
  const otherCode = /^([A-Za-z]{3})\s*|\s*([A-Za-z]{3})$/.exec(body);
  if (otherCode && isKnownCurrency((otherCode[1] ?? otherCode[2]!).toUpperCase())) return { ok: false, problem: 'otherCurrency' };
  if (!/^\d[\d.,\s\u00a0\u202f\u2009'’ʼ]*$/.test(body) && !/^[.,]\d+$/.test(body)) return { ok: false, problem: 'notNumber' };
  if (/^[.,]/.test(body)) body = `0${body}`;

  const digitsAllowed = currencyDigits(currency);
  const knownConventions = known.map(conventionOf).filter((c): c is Convention => c !== null);
  const groupsWith = (mark: string) => knownConventions.some((c) => c.group === mark);
  const decimalWith = (mark: string) => knownConventions.some((c) => c.decimal === mark);

  // Spaces and apostrophes only group; check their groups with the point and comma ones.
  const marks = [...body.matchAll(/[.,]/g)].map((match) => match[0]);
  const kinds = [...new Set(marks)];
  const readings: DecimalAmount[] = [];
  let tooPrecise = false;
  const tryDecimal = (mark: string) => {
    const point = body.lastIndexOf(mark);
    const whole = body.slice(0, point);
    const fraction = body.slice(point + 1);
    if (!/^\d+$/.test(fraction) && fraction !== '') return;
    const wholeGroups = whole.split(new RegExp(`[${kinds.filter((k) => k !== mark).join('')}\\s\\u00a0\\u202f\\u2009'’ʼ]`));
    if (wholeGroups.length > 1 && !wellGrouped(wholeGroups)) return;
    if (fraction.length > digitsAllowed) {
      tooPrecise = true;
      return;
    }
    readings.push(canonical(wholeGroups.join(''), fraction));
  };
  const tryGrouping = () => {
    const groups = body.split(/[.,\s\u00a0\u202f\u2009'’ʼ]/);
    if (groups.length === 1 || wellGrouped(groups)) readings.push(canonical(groups.join(''), ''));
  };

  if (kinds.length === 0) tryGrouping();
  else if (kinds.length === 2) {
    // Both a point and a comma: the last one written separates the decimals, if it stands once.
    const last = marks[marks.length - 1]!;
    if (marks.filter((mark) => mark === last).length === 1) tryDecimal(last);
  } else {
    const mark = kinds[0]!;
    const count = marks.length;
    const afterLast = body.length - body.lastIndexOf(mark) - 1;
    if (count > 1) tryGrouping();
    else if (groupOnly.test(body)) tryDecimal(mark); // grouped by spaces or apostrophes (`1 234,5`): the mark is the decimal one
    else {
      // One point or comma: grouping if a convention here groups with it and three digits follow;
      // decimals if a convention here writes decimals with it, or it cannot be grouping.
      if (afterLast === 3 && groupsWith(mark)) tryGrouping();
      if (decimalWith(mark) || !groupsWith(mark) || afterLast !== 3) tryDecimal(mark);
    }
  }

  const distinct = [...new Set(readings)];
  if (distinct.length > 1) return { ok: false, problem: 'ambiguous' };
  if (distinct.length === 0) return { ok: false, problem: tooPrecise ? 'tooManyDecimals' : 'notNumber' };
  const value = distinct[0]!;
  const whole = value.split('.')[0]!;
  if (whole.length > MAX_WHOLE_DIGITS) return { ok: false, problem: 'tooLarge' };
  if (scaleOf(value) > MAX_FRACTION_DIGITS) return { ok: false, problem: 'tooManyDecimals' };
  return { ok: true, value };
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
