import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fromCalendarDate, type CalendarDate } from '@shared/domain/calendarDate';
import { formatMoney } from '@shared/domain/money';

/** Dates and money written the way the UI language writes them. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const timestampFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      locale,
      date: (value: CalendarDate | null) => (value ? dateFormat.format(fromCalendarDate(value)) : ''),
      timestamp: (iso: string) => timestampFormat.format(new Date(iso)),
      money: (amountMinor: number, currency: string) => formatMoney(amountMinor, currency, locale),
    };
  }, [locale]);
}
