import { useTranslation } from 'react-i18next';
import { fromCalendarDate, type CalendarDate } from '@shared/domain/calendarDate';
import { formatMoney, type DecimalAmount } from '@shared/domain/money';

export interface Formatters {
  locale: string;
  date: (value: CalendarDate | null) => string;
  timestamp: (iso: string) => string;
  /** A moment in this computer's time zone, with that zone's offset from UTC (`Nov 20, 2026, 2:30 PM UTC+07:00`). */
  moment: (iso: string) => string;
  money: (amount: DecimalAmount, currency: string) => string;
  /** A file's size in the unit that reads best: 812 B, 4.2 kB, 12.5 MB (binary multiples, as file managers count). */
  fileSize: (bytes: number) => string;
  /** A country's name from its ISO 3166-1 code (`ID` → Indonesia, 印度尼西亚); the code when the platform does not know it. */
  country: (code: string) => string;
}

function fileSizeFormat(locale: string) {
  const unit = (name: 'byte' | 'kilobyte' | 'megabyte', digits: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits });
  // "B" in every language (Intl's English short form is "byte", which reads oddly beside "kB").
  const whole = new Intl.NumberFormat(locale);
  const bytes = { format: (size: number) => `${whole.format(size)} B` };
  const kilobytes = unit('kilobyte', 1);
  const megabytes = unit('megabyte', 1);
  return (size: number) => (size < 1024 ? bytes.format(size) : size < 1024 * 1024 ? kilobytes.format(size / 1024) : megabytes.format(size / (1024 * 1024)));
}

/** The offset from UTC this computer's zone had at `date`: `UTC+07:00`, `UTC−05:00`, `UTC+00:00`. */
export function utcOffset(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');
  return `UTC${minutes < 0 ? '−' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

function countryName(locale: string) {
  let names: Intl.DisplayNames | undefined;
  return (code: string) => {
    names ??= new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    return names.of(code) ?? code;
  };
}

/** One set per language: Intl formatters are costly to make, and every list row asks for them. */
const byLocale = new Map<string, Formatters>();

/** The formatters of a language, outside React (text made for messages: a refused archive, a notice). */
export function formattersFor(locale: string): Formatters {
  let formatters = byLocale.get(locale);
  if (!formatters) {
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const timestampFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters = {
      locale,
      date: (value) => (value ? dateFormat.format(fromCalendarDate(value)) : ''),
      timestamp: (iso) => timestampFormat.format(new Date(iso)),
      moment: (iso) => `${timestampFormat.format(new Date(iso))} ${utcOffset(new Date(iso))}`,
      money: (amount, currency) => formatMoney(amount, currency, locale),
      fileSize: fileSizeFormat(locale),
      country: countryName(locale),
    };
    byLocale.set(locale, formatters);
  }
  return formatters;
}

/** Dates and money written the way the UI language writes them. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}
