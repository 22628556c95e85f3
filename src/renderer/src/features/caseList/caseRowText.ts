import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { NextAction, CaseProgress } from '@shared/domain/caseProgress';
import type { CalendarDate } from '@shared/domain/calendarDate';
import type { ReviewClock } from '@shared/domain/businessDays';
import type { CaseStatus } from '@shared/domain/caseVocabulary';
import type { ProofLevel } from '@shared/evidence/proofStatus';
import { useFormatters, type Formatters } from '../../i18n/useFormatters';

/** The words of a case-list row, in the interface's language. */
export interface CaseRowText {
  /** A text without values: a status, a proof level, or the stand-in for a missing provider. */
  label: (key: `status.${CaseStatus}` | `proof.row.${ProofLevel}` | 'list.noProvider' | 'attention.badge') => string;
  progress: (progress: CaseProgress) => string;
  progressShort: (progress: CaseProgress) => string;
  decisionOn: (date: CalendarDate) => string;
  next: (action: NextAction) => string;
  /** "Review day 3 of 5", "Overdue by 2 business days". */
  review: (clock: ReviewClock) => string;
}

/**
 * Made once per language and handed to every row: a screen of rows asks for the same few texts
 * dozens of times (the same statuses, step titles, progress counts and due dates), and a
 * translation hook per row subscribes each one to language changes. Each text is composed once
 * and then looked up.
 */
export function caseRowText(t: TFunction, format: Formatters): CaseRowText {
  const texts = new Map<string, string>();
  /** The text `id` names (its key and the parts that vary), composed (values and all) only the first time. */
  const say = (id: string, compose: () => string) => {
    let text = texts.get(id);
    if (text === undefined) {
      // Scrolling a long journal meets many dates and titles: keep the memory bounded.
      if (texts.size >= maxTexts) texts.clear();
      text = compose();
      texts.set(id, text);
    }
    return text;
  };
  const id = (key: string, ...parts: (string | number)[]) => [key, ...parts].join('\u0000');
  const dated = (key: 'list.decisionOn' | 'next.awaitDecisionBy', date: CalendarDate) =>
    say(id(key, date), () => t(key, { date: format.date(date) }));
  return {
    label: (key) => say(key, () => t(key)),
    progress: ({ finished, total }) => say(id('list.progress', finished, total), () => t('list.progress', { finished, total })),
    progressShort: ({ finished, total }) => say(id('list.progressShort', finished, total), () => t('list.progressShort', { finished, total })),
    decisionOn: (date) => dated('list.decisionOn', date),
    review: (clock) => {
      switch (clock.kind) {
        case 'starts':
          return say(id('review.starts', clock.of), () => t('review.starts', { of: clock.of }));
        case 'day':
          return say(id('review.day', clock.day, clock.of), () => t('review.day', { day: clock.day, of: clock.of }));
        case 'overdue':
          return say(id('review.overdue', clock.by), () => t('review.overdue', { count: clock.by }));
      }
    },
    next: (action) => {
      switch (action.kind) {
        case 'checklist':
          return say(id('next.checklist', action.title), () => t('next.checklist', { title: action.title }));
        case 'submit':
          return say('next.submit', () => t('next.submit'));
        case 'awaitDecision':
          return action.expectedOn ? dated('next.awaitDecisionBy', action.expectedOn) : say('next.awaitDecision', () => t('next.awaitDecision'));
        case 'closed':
          return say(`next.closed.${action.status}`, () => t(`next.closed.${action.status}`));
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
