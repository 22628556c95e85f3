import { lazy, Suspense, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatuses } from '@shared/domain/caseVocabulary';
import type { OverviewFigures } from '@shared/domain/overviewFigures';
import { useFormatters } from '../../i18n/useFormatters';
import { useOverviewFigures } from './useOverviewFigures';
import './overview.css';

// The chart is drawn only here, after the figures: its code loads with it, never with the list.
const ClosedPerMonthChart = lazy(() => import('./ClosedPerMonthChart'));

export interface OverviewViewProps {
  /**
   * What needs attention (issue 12's reminders, built on another branch): shown between the cases
   * by status and the money once wired; nothing is drawn for it until then.
   */
  needsAttention?: ReactNode;
  /** Today, for what was saved so far (tests fix it). */
  clock?: () => Date;
}

/** The home of the journal at a glance: cases by status, what needs attention, and money. */
export default function OverviewView({ needsAttention, clock }: OverviewViewProps) {
  const { t } = useTranslation();
  const state = useOverviewFigures(clock);
  const headingId = useId();
  return (
    <section className="overview" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.heading')}</h2>
      {state.kind === 'counting' && (
        <p className="loading" role="status">
          {t('overview.counting')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {t('overview.failed', { reason: state.reason })}
        </p>
      )}
      {state.kind === 'counted' && (
        <>
          <CasesByStatus figures={state.figures} />
          {needsAttention}
          <Money figures={state.figures} />
          <section className="overview-part" aria-label={t('overview.chart')}>
            <h3>{t('overview.chart')}</h3>
            {state.figures.months.length === 0 ? (
              <p className="help overview-no-closed">{t('overview.noClosed')}</p>
            ) : (
              <Suspense fallback={<p className="loading">{t('list.loading')}</p>}>
                <ClosedPerMonthChart months={state.figures.months} currencies={state.figures.money.filter((money) => money.feesCounted > 0).map((money) => money.currency)} />
              </Suspense>
            )}
          </section>
        </>
      )}
    </section>
  );
}

function CasesByStatus({ figures }: { figures: OverviewFigures }) {
  const { t } = useTranslation();
  return (
    <section className="overview-part" aria-label={t('overview.byStatus')}>
      <h3>{t('overview.byStatus')}</h3>
      <p className="overview-total">{t('overview.total', { count: figures.total })}</p>
      <dl className="overview-statuses">
        {caseStatuses.map((status) => (
          <div key={status} className="overview-status" data-status={status}>
            <dt>{t(`status.${status}`)}</dt>
            <dd>{t('overview.count', { count: figures.byStatus[status] })}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Money({ figures }: { figures: OverviewFigures }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = [
    ['refunded', t('overview.refunded')],
    ['forfeited', t('overview.forfeited')],
    ['pending', t('overview.pending')],
    ['monthlySaving', t('overview.monthlySaving')],
    ['savedSoFar', t('overview.savedSoFar')],
  ] as const;
  return (
    <section className="overview-part" aria-label={t('overview.money')}>
      <h3>{t('overview.money')}</h3>
      {figures.money.length === 0 ? (
        <p className="help">{t('overview.noMoney')}</p>
      ) : (
        <div className="overview-money-scroll">
          <table className="overview-money">
            <caption className="help">{t('overview.moneyHelp')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.currency')}</th>
                {columns.map(([key, label]) => (
                  <th key={key} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {figures.money.map((money) => (
                <tr key={money.currency}>
                  <th scope="row">{money.currency}</th>
                  {columns.map(([key]) => (
                    <td key={key}>{format.money(money[key], money.currency)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {figures.confirmedWithoutFee > 0 && <p className="help">{t('overview.withoutFee', { count: figures.confirmedWithoutFee })}</p>}
    </section>
  );
}
