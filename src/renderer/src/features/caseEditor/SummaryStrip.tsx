import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalCase } from '@shared/domain/caseSchema';
import { caseSummary, type OpenMatter, type SummaryDate } from '@shared/domain/caseSummary';
import { proofOf } from '@shared/evidence/proofStatus';
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
  return (
    <section className="case-summary" aria-label={t('casePage.summary')}>
      <div className="summary-status">{status}</div>
      <dl className="summary-facts">
        <Fact name="submitted" label={t('casePage.submitted')}>
          {date(summary.submitted, t('casePage.notYet'))}
        </Fact>
        {summary.decisionDue && (
          <Fact name="decision-due" label={t('casePage.decisionDue')}>
            {date(summary.decisionDue, t('casePage.unknown'))}
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

function openMatterText(matter: OpenMatter, t: ReturnType<typeof useTranslation>['t']): string {
  switch (matter.kind) {
    case 'balanceNotSettled':
      return t('warning.balanceNotSettled');
    case 'devicesStillBound':
      return t('warning.devicesStillBound', { count: matter.count });
    case 'ordersOpen':
      return t('warning.ordersOpen', { count: matter.count });
  }
}

function Fact({ name, label, wide, children }: { name: string; label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={`summary-fact${wide ? ' wide' : ''}`} data-fact={name}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
