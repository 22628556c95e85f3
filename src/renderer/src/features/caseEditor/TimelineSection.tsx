import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalCase } from '@shared/domain/caseSchema';
import { redateStatusChange, statusHistoryByDate } from '@shared/domain/statusChange';
import { DateField } from '../../components/DateField';
import { useFormatters } from '../../i18n/useFormatters';
import { Section } from './Section';
import type { EditCase } from './useCase';

/**
 * When each status began: the backbone of a dispute report. Each change shows the day it happened
 * (which the user can correct) and, beside it, when it was recorded (which never changes).
 */
export function TimelineSection({ journalCase: c, edit }: { journalCase: JournalCase; edit: EditCase }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [redating, setRedating] = useState<number | null>(null);
  return (
    <Section title={t('section.timeline')}>
      <ol className="timeline">
        {statusHistoryByDate(c).map((change) => {
          const status = t(`status.${change.status}`);
          return (
            <li key={change.index}>
              <span className="timeline-event">
                <time dateTime={change.on}>{format.date(change.on)}</time> — {status}
              </span>{' '}
              <span className="timeline-recorded">
                {t('statusChange.recordedAt', { time: format.timestamp(change.recordedAt) })}
              </span>{' '}
              <button
                type="button"
                className="link-button"
                aria-expanded={redating === change.index}
                onClick={() => setRedating((current) => (current === change.index ? null : change.index))}
              >
                {t('statusChange.editDate', { status })}
              </button>
              {redating === change.index && (
                <DateField
                  label={t('statusChange.happenedOn')}
                  value={change.on}
                  onSave={(on) => {
                    if (on) edit((x) => redateStatusChange(x, change.index, on));
                  }}
                />
              )}
            </li>
          );
        })}
      </ol>
      <p className="help">
        {t('timeline.created', { date: format.timestamp(c.createdAt) })} · {t('timeline.updated', { date: format.timestamp(c.updatedAt) })}
      </p>
    </Section>
  );
}
