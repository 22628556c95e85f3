import { useTranslation } from 'react-i18next';
import type { NextAction } from '@shared/domain/caseProgress';
import type { CalendarDate } from '@shared/domain/calendarDate';

export function NextActionText({ action, formatDate }: { action: NextAction; formatDate: (d: CalendarDate | null) => string }) {
  const { t } = useTranslation();
  switch (action.kind) {
    case 'checklist':
      return <span>{t('next.checklist', { title: action.title })}</span>;
    case 'submit':
      return <span>{t('next.submit')}</span>;
    case 'awaitDecision':
      return (
        <span>
          {action.expectedOn
            ? t('next.awaitDecisionBy', { date: formatDate(action.expectedOn) })
            : t('next.awaitDecision')}
        </span>
      );
    case 'closed':
      return <span>{t(`next.closed.${action.status}`)}</span>;
  }
}
