import { useTranslation } from 'react-i18next';
import type { JournalCase } from '@shared/domain/caseSchema';
import { useFormatters } from '../../i18n/useFormatters';
import { Section } from './Section';

/** When each status began: the backbone of a dispute report. */
export function TimelineSection({ journalCase: c }: { journalCase: JournalCase }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Section title={t('section.timeline')}>
      <ol className="timeline">
        {c.statusHistory.map((change, index) => (
          <li key={`${change.at}-${index}`}>
            <time dateTime={change.at}>{format.timestamp(change.at)}</time> — {t(`status.${change.status}`)}
          </li>
        ))}
      </ol>
      <p className="help">
        {t('timeline.created', { date: format.timestamp(c.createdAt) })} · {t('timeline.updated', { date: format.timestamp(c.updatedAt) })}
      </p>
    </Section>
  );
}
