import { Trans, useTranslation } from 'react-i18next';
import { cancelBy, defaultDisputeWindowDays, noticeUnits, type NoticeUnit } from '@shared/domain/deadlines';
import { caseDeadlines } from '@shared/domain/caseDeadlines';
import type { Deadlines, JournalCase } from '@shared/domain/caseSchema';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { WholeNumberField } from '../../components/WholeNumberField';
import { useFormatters } from '../../i18n/useFormatters';
import { countryOptions } from './countryOptions';
import { Section } from './Section';
import type { EditCase } from './useCase';

/** The dates a cancellation races against: renewal and notice, trial, follow-up, refund and dispute. */
export function DeadlinesSection({ journalCase: c, edit }: { journalCase: JournalCase; edit: EditCase }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const d = c.deadlines;
  const patch = (change: Partial<Deadlines>) => edit((x) => ({ ...x, deadlines: { ...x.deadlines, ...change } }));
  const computed = caseDeadlines(c);
  const unit: NoticeUnit = d.noticePeriod?.unit ?? 'days';
  const disputeEnds = computed.lastDayToDispute;
  // Shown here whatever the status (the summary shows it only until the request is sent).
  const lastDayToCancel = cancelBy(d);
  return (
    <Section title={t('section.deadlines')} help={t('deadlines.help')}>
      <div className="field-grid">
        <SelectField
          label={t('field.country')}
          value={c.country ?? ''}
          options={[{ value: '', label: t('common.notSet') }, ...countryOptions(format.locale)]}
          onChange={(country) => edit((x) => ({ ...x, country: country === '' ? null : country }))}
        />
        <DateField label={t('field.renewsOn')} value={d.renewsOn} onSave={(renewsOn) => patch({ renewsOn })} />
        <div className="deadline-pair">
          <WholeNumberField
            label={t('field.noticePeriod')}
            value={d.noticePeriod?.count ?? null}
            min={1}
            max={999}
            onSave={(count) => patch({ noticePeriod: count === null ? null : { count, unit } })}
          />
          <SelectField
            label={t('field.noticeUnit')}
            hideLabel
            value={unit}
            options={noticeUnits.map((value) => ({ value, label: t(`deadlines.noticeUnit.${value}`) }))}
            onChange={(next) => patch({ noticePeriod: d.noticePeriod === null ? null : { ...d.noticePeriod, unit: next } })}
          />
        </div>
        <DateField label={t('field.trialEndsOn')} value={d.trialEndsOn} onSave={(trialEndsOn) => patch({ trialEndsOn })} />
        <DateField label={t('field.followUpOn')} value={d.followUpOn} onSave={(followUpOn) => patch({ followUpOn })} />
        {c.balance.outcome === 'refund_requested' && (
          <DateField label={t('field.refundDueOn')} value={d.refundDueOn} onSave={(refundDueOn) => patch({ refundDueOn })} />
        )}
        <DateField label={t('field.disputedChargeOn')} value={d.disputedChargeOn} onSave={(disputedChargeOn) => patch({ disputedChargeOn })} />
        <WholeNumberField
          label={t('field.disputeWindowDays')}
          value={d.disputeWindowDays ?? defaultDisputeWindowDays}
          min={1}
          max={3650}
          onSave={(days) => patch({ disputeWindowDays: days === null || days === defaultDisputeWindowDays ? null : days })}
        />
      </div>
      {c.country && <p className="help">{t('deadlines.holidaysOf', { country: format.country(c.country) })}</p>}
      <p className="computed" data-testid="cancel-by">
        {lastDayToCancel ? (
          <Trans i18nKey="deadlines.cancelBy" values={{ date: format.date(lastDayToCancel.on) }} components={{ strong: <strong /> }} />
        ) : (
          t('deadlines.cancelByNone')
        )}
      </p>
      {disputeEnds && (
        <p className="computed" data-testid="last-day-to-dispute">
          <Trans i18nKey="deadlines.lastDayToDispute" values={{ date: format.date(disputeEnds) }} components={{ strong: <strong /> }} />
        </p>
      )}
      <p className="help">{t('deadlines.disputeGuidance', { days: defaultDisputeWindowDays })}</p>
    </Section>
  );
}
