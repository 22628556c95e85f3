import { useTranslation } from 'react-i18next';
import { fromCalendarDate, type CalendarDate } from '@shared/domain/calendarDate';
import { formatMoney, type DecimalAmount } from '@shared/domain/money';

export interface Formatters {
  locale: string;
  date: (value: CalendarDate | null) => string;
  timestamp: (iso: string) => string;
  money: (amount: DecimalAmount, currency: string) => string;
}

/** One set per language: Intl formatters are costly to make, and every list row asks for them. */
const byLocale = new Map<string, Formatters>();

function formattersFor(locale: string): Formatters {
  let formatters = byLocale.get(locale);
  if (!formatters) {
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const timestampFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters = {
      locale,
      date: (value) => (value ? dateFormat.format(fromCalendarDate(value)) : ''),
      timestamp: (iso) => timestampFormat.format(new Date(iso)),
      money: (amount, currency) => formatMoney(amount, currency, locale),
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
