import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { NextAction, CaseProgress } from '@shared/domain/caseProgress';
import type { CalendarDate } from '@shared/domain/calendarDate';
import { useFormatters, type Formatters } from '../../i18n/useFormatters';

/** The words of a case-list row, in the interface's language. */
export interface CaseRowText {
  label: (key: string) => string;
  progress: (progress: CaseProgress) => string;
  progressShort: (progress: CaseProgress) => string;
  decisionOn: (date: CalendarDate) => string;
  next: (action: NextAction) => string;
}

/**
 * Made once per language and handed to every row: a screen of rows asks for the same few labels
 * dozens of times, and a translation hook per row subscribes each one to language changes.
 * Plain labels are looked up once; only the texts with a number, a date or a title are composed.
 */
export function caseRowText(t: TFunction, format: Formatters): CaseRowText {
  const labels = new Map<string, string>();
  const label = (key: string) => {
    let text = labels.get(key);
    if (text === undefined) {
      text = t(key);
      labels.set(key, text);
    }
    return text;
  };
  return {
    label,
    progress: (progress) => t('list.progress', { ...progress }),
    progressShort: (progress) => t('list.progressShort', { ...progress }),
    decisionOn: (date) => t('list.decisionOn', { date: format.date(date) }),
    next: (action) => {
      switch (action.kind) {
        case 'checklist':
          return t('next.checklist', { title: action.title });
        case 'submit':
          return label('next.submit');
        case 'awaitDecision':
          return action.expectedOn ? t('next.awaitDecisionBy', { date: format.date(action.expectedOn) }) : label('next.awaitDecision');
        case 'closed':
          return label(`next.closed.${action.status}`);
      }
    },
  };
}

export function useCaseRowText(): CaseRowText {
  const { t } = useTranslation();
  const format = useFormatters();
  return useMemo(() => caseRowText(t, format), [t, format]);
}
