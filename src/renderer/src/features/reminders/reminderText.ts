import { useCallback } from 'react';
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
    (event: Pick<ReminderEvent, 'kind' | 'dueOn'>) => t('attention.what', { what: t(`attention.kind.${event.kind}`), date: format.date(event.dueOn) }),
    [t, format],
  );
  const when = useCallback(
    (event: Pick<AttentionItem, 'dueOn' | 'overdueBy'>, today: CalendarDate) => {
      if (event.overdueBy !== null) return t('attention.overdueBy', { count: event.overdueBy });
      const days = daysUntil(event.dueOn, today);
      if (days === 0) return t('attention.today');
      return days > 0 ? t('attention.inDays', { count: days }) : t('attention.daysAgo', { count: -days });
    },
    [t],
  );
  return { what, when };
}
