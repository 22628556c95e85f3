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
 * Made once per language and handed to every row: a screen of rows asks for the same few texts
 * dozens of times (the same statuses, step titles, progress counts and due dates), and a
 * translation hook per row subscribes each one to language changes. Each text is composed once
 * and then looked up.
 */
export function caseRowText(t: TFunction, format: Formatters): CaseRowText {
  const texts = new Map<string, string>();
  /** The text of `key` for these `parts`, composed (values and all) only the first time. */
  const say = (key: string, parts: readonly (string | number)[] = [], values?: () => Record<string, string | number>) => {
    const id = parts.length > 0 ? `${key}\u0000${parts.join('\u0000')}` : key;
    let text = texts.get(id);
    if (text === undefined) {
      // Scrolling a long journal meets many dates and titles: keep the memory bounded.
      if (texts.size >= maxTexts) texts.clear();
      text = values ? t(key, values()) : t(key);
      texts.set(id, text);
    }
    return text;
  };
  const counted = (key: string, { finished, total }: CaseProgress) => say(key, [finished, total], () => ({ finished, total }));
  const dated = (key: string, date: CalendarDate) => say(key, [date], () => ({ date: format.date(date) }));
  return {
    label: (key) => say(key),
    progress: (progress) => counted('list.progress', progress),
    progressShort: (progress) => counted('list.progressShort', progress),
    decisionOn: (date) => dated('list.decisionOn', date),
    next: (action) => {
      switch (action.kind) {
        case 'checklist':
          return say('next.checklist', [action.title], () => ({ title: action.title }));
        case 'submit':
          return say('next.submit');
        case 'awaitDecision':
          return action.expectedOn ? dated('next.awaitDecisionBy', action.expectedOn) : say('next.awaitDecision');
        case 'closed':
          return say(`next.closed.${action.status}`);
      }
    },
  };
}

const maxTexts = 2_000;

export function useCaseRowText(): CaseRowText {
  const { t } = useTranslation();
  const format = useFormatters();
  return useMemo(() => caseRowText(t, format), [t, format]);
}
