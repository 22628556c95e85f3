import type { TFunction } from 'i18next';
import { calendarDeadlineKinds, type CalendarDeadlineKind } from '@shared/calendar/caseCalendarDeadlines';
import type { CalendarWords } from '@shared/calendar/deadlineCalendar';

/**
 * The calendar's words in the interface's language, with `{{case}}` and `{{provider}}` left in for
 * the writer to fill per event (i18next does not interpolate inside a value it was given).
 */
export function calendarWords(t: TFunction): CalendarWords {
  const perKind = (of: (kind: CalendarDeadlineKind) => string) =>
    Object.fromEntries(calendarDeadlineKinds.map((kind) => [kind, of(kind)])) as Record<CalendarDeadlineKind, string>;
  return {
    calendarName: t('calendar.name'),
    title: perKind((kind) => t(`calendar.title.${kind}`, { case: '{{case}}' })),
    todo: perKind((kind) => t(`calendar.todo.${kind}`)),
    provider: t('calendar.provider', { provider: '{{provider}}' }),
  };
}
