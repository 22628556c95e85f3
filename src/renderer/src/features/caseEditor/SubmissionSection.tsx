import { Trans, useTranslation } from 'react-i18next';
import { caseExpectedDecisionDate } from '@shared/domain/caseProgress';
import { submissionChannels, type JournalCase, type Submission } from '@shared/domain/caseSchema';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { WholeNumberField } from '../../components/WholeNumberField';
import { useFormatters } from '../../i18n/useFormatters';
import { usePublicHolidays } from '../../holidays/usePublicHolidays';
import { Section } from './Section';
import type { EditCase } from './useCase';

export function SubmissionSection({ journalCase: c, edit }: { journalCase: JournalCase; edit: EditCase }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const patch = (change: Partial<Submission>) => edit((x) => ({ ...x, submission: { ...x.submission, ...change } }));
  const isHoliday = usePublicHolidays(c.country);
  const expected = caseExpectedDecisionDate(c, isHoliday);
  return (
    <Section title={t('section.submission')} help={t('submission.weekendsExcluded')}>
      <div className="field-grid">
        <DateField label={t('field.submittedOn')} value={c.submission.submittedOn} onSave={(submittedOn) => patch({ submittedOn })} />
        <SelectField
          label={t('field.channel')}
          value={c.submission.channel ?? ''}
          options={[
            { value: '', label: t('common.notSet') },
            ...submissionChannels.map((channel) => ({ value: channel, label: t(`channel.${channel}`) })),
          ]}
          onChange={(channel) => patch({ channel: channel === '' ? null : channel })}
        />
        <TextField
          label={t('field.referenceNumber')}
          value={c.submission.referenceNumber}
          onSave={(referenceNumber) => patch({ referenceNumber })}
        />
        <WholeNumberField
          label={t('field.reviewBusinessDays')}
          value={c.submission.reviewBusinessDays}
          min={0}
          max={365}
          onSave={(reviewBusinessDays) => patch({ reviewBusinessDays })}
        />
      </div>
      <p className="computed" data-testid="expected-decision">
        {/* Label and value in one text: each language joins them its own way ("：" takes no space). */}
        <Trans
          i18nKey="submission.expectedDecision"
          values={{ date: expected ? format.date(expected) : t('submission.expectedDecisionUnknown') }}
          components={{ strong: <strong /> }}
        />
      </p>
    </Section>
  );
}
