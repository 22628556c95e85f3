import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttentionItem, ReminderEvent } from '@shared/domain/reminders';
import { daysUntil } from '@shared/domain/deadlines';
import type { CalendarDate } from '@shared/domain/calendarDate';
import { useFormatters } from '../../i18n/useFormatters';

/** How a reminder is said: what is due and when ("Cancel by: 30 Nov 2026", "in 7 days"). */
export function useReminderText() {
  const { t } = useTranslation();
  const format = useFormatters();
  const what = useCallback(
    (event: Pick<ReminderEvent, 'kind' | 'namedDay'>) => t('attention.what', { what: t(`attention.kind.${event.kind}`), date: format.date(event.namedDay) }),
    [t, format],
  );
  /** How soon or how late, from `day`: business days for a review, else days from the day named. */
  const when = useCallback(
    (event: Pick<AttentionItem, 'namedDay' | 'overdueBy'>, day: CalendarDate) => {
      if (event.overdueBy !== null) return t('attention.overdueBy', { count: event.overdueBy });
      const days = daysUntil(event.namedDay, day);
      if (days === 0) return t('attention.today');
      return days > 0 ? t('attention.inDays', { count: days }) : t('attention.daysAgo', { count: -days });
    },
    [t],
  );
  /** What a notification says: what is due and when, seen from the day it is shown (a review by its date alone). */
  const notification = useCallback(
    (event: ReminderEvent, day: CalendarDate) =>
      event.kind === 'reviewOverdue' ? what(event) : t('attention.withWhen', { what: what(event), when: when({ ...event, overdueBy: null }, day) }),
    [t, what, when],
  );
  // One object while the words stay the same: the reminder schedule is worked out again only when they change.
  return useMemo(() => ({ what, when, notification }), [what, when, notification]);
}
