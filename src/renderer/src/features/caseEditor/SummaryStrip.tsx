import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { JournalCase } from '@shared/domain/caseSchema';
import { caseSummary, type OpenMatter, type SummaryDate } from '@shared/domain/caseSummary';
import { proofOf } from '@shared/evidence/proofStatus';
import { reviewClock } from '@shared/domain/businessDays';
import { today } from '@shared/domain/calendarDate';
import { caseDeadlines } from '@shared/domain/caseDeadlines';
import { caseExpectedDecisionDate, isAwaitingDecision } from '@shared/domain/caseProgress';
import { usePublicHolidays } from '../../holidays/usePublicHolidays';
import { useFormatters } from '../../i18n/useFormatters';
import { useCaseRowText } from '../caseList';

interface SummaryStripProps {
  journalCase: JournalCase;
  /** The status control, placed first in the strip. */
  status: ReactNode;
  /** Shows the checklist step the next action names. */
  onGoToStep: (itemId: string) => void;
}

/**
 * Where the case stands, at the top of its page: status, the dates that matter, how far the
 * checklist is, what to do next and what is still open. What shows when is decided by `caseSummary`.
 */
export function SummaryStrip({ journalCase, status, onGoToStep }: SummaryStripProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rowText = useCaseRowText();
  const summary = caseSummary(journalCase);
  const proof = proofOf(journalCase);
  const { progress, next, nextItemId } = summary;
  const date = (value: SummaryDate, unknown: string) => (value.date ? format.date(value.date) : unknown);
  const isHoliday = usePublicHolidays(journalCase.country);
  const day = today();
  const { submittedOn, reviewBusinessDays } = journalCase.submission;
  const awaiting = isAwaitingDecision(journalCase.status);
  const clock = awaiting ? reviewClock(submittedOn, reviewBusinessDays, day, isHoliday) : null;
  const decisionDue = caseExpectedDecisionDate(journalCase, isHoliday);
  const dates = caseDeadlines(journalCase);
  return (
    <section className="case-summary" aria-label={t('casePage.summary')}>
      <div className="summary-status">{status}</div>
      <dl className="summary-facts">
        <Fact name="submitted" label={t('casePage.submitted')}>
          {date(summary.submitted, t('casePage.notYet'))}
        </Fact>
        {summary.decisionDue && (
          <Fact name="decision-due" label={t('casePage.decisionDue')}>
            {decisionDue ? format.date(decisionDue) : t('casePage.unknown')}
          </Fact>
        )}
        {clock && (
          <Fact name="review" label={t('casePage.review')} overdue={clock.kind === 'overdue'}>
            {rowText.review(clock)}
          </Fact>
        )}
        {dates.cancelBy && (
          <Fact name="cancel-by" label={t('casePage.cancelBy')} className="cancel-by">
            {dates.cancelBy.reason === 'trial'
              ? t('casePage.cancelByTrial', { date: format.date(dates.cancelBy.on) })
              : t('casePage.cancelByNotice', { date: format.date(dates.cancelBy.on), renewsOn: format.date(journalCase.deadlines.renewsOn) })}
          </Fact>
        )}
        {dates.followUpOn && (
          <Fact name="follow-up" label={t('casePage.followUp')} overdue={dates.followUpOn < day}>
            {format.date(dates.followUpOn)}
          </Fact>
        )}
        {dates.refundDueOn && (
          <Fact name="refund-due" label={t('casePage.refundDue')} overdue={dates.refundDueOn < day}>
            {format.date(dates.refundDueOn)}
          </Fact>
        )}
        {dates.lastDayToDispute && (
          <Fact name="dispute" label={t('casePage.lastDayToDispute')} overdue={dates.lastDayToDispute < day}>
            {format.date(dates.lastDayToDispute)}
          </Fact>
        )}
        {summary.confirmed && (
          <Fact name="confirmed" label={t('casePage.confirmed')}>
            {date(summary.confirmed, t('casePage.notRecorded'))}
          </Fact>
        )}
        <Fact name="progress" label={t('casePage.checklist')}>
          <span className="summary-progress">
            <meter min={0} max={progress.total} value={progress.finished} aria-label={rowText.progress(progress)} />
            {rowText.progressShort(progress)}
          </span>
        </Fact>
        <Fact name="next" label={t('casePage.next')} wide>
          {next.kind === 'checklist' && nextItemId ? (
            <button type="button" className="link-button summary-next" onClick={() => onGoToStep(nextItemId)}>
              {next.title}
            </button>
          ) : next.kind === 'checklist' ? (
            next.title
          ) : (
            rowText.next(next)
          )}
        </Fact>
        <Fact name="open" label={t('casePage.open')} wide>
          {summary.open.length === 0 ? (
            <span className="summary-clear">{t('casePage.nothingOpen')}</span>
          ) : (
            <ul className="summary-open">
              {summary.open.map((matter) => (
                <li key={matter.kind}>{openMatterText(matter, t)}</li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact name="proof" label={t('proof.label')} wide>
          <span className={`proof-badge proof-${proof.level}`}>{t(`proof.level.${proof.level}`)}</span>
          {proof.gaps.length > 0 && (
            <ul className="proof-gaps">
              {proof.gaps.map((gap) => (
                <li key={gap}>{t(`proof.gap.${gap}`)}</li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
    </section>
  );
}

function openMatterText(matter: OpenMatter, t: TFunction): string {
  switch (matter.kind) {
    case 'balanceNotSettled':
      return t('warning.balanceNotSettled');
    case 'devicesStillBound':
      return t('warning.devicesStillBound', { count: matter.count });
    case 'ordersOpen':
      return t('warning.ordersOpen', { count: matter.count });
  }
}

interface FactProps {
  name: string;
  label: string;
  wide?: boolean;
  /** A date that has passed: said in the danger colour (and in words by the fact itself). */
  overdue?: boolean;
  className?: string;
  children: ReactNode;
}

function Fact({ name, label, wide, overdue, className, children }: FactProps) {
  return (
    <div className={`summary-fact${wide ? ' wide' : ''}${className ? ` ${className}` : ''}`} data-fact={name}>
      <dt>{label}</dt>
      <dd className={overdue ? 'overdue' : undefined}>{children}</dd>
    </div>
  );
}
