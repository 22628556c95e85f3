import { useTranslation } from 'react-i18next';
import type { SubmissionWarning } from '@shared/domain/submissionWarnings';

/** Shown once a case is submitted while prerequisites are still open. A warning, never a block. */
export function SubmissionWarnings({ warnings }: { warnings: SubmissionWarning[] }) {
  const { t } = useTranslation();
  return (
    <div className="warning-panel" role="alert">
      <p className="warning-title">{t('warning.title')}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.kind === 'prerequisiteOpen' ? warning.title : warning.kind}>
            {warning.kind === 'balanceNotSettled' && t('warning.balanceNotSettled')}
            {warning.kind === 'devicesStillBound' && t('warning.devicesStillBound', { count: warning.count })}
            {warning.kind === 'ordersOpen' && t('warning.ordersOpen', { count: warning.count })}
            {warning.kind === 'prerequisiteOpen' && t('warning.prerequisiteOpen', { title: warning.title })}
          </li>
        ))}
      </ul>
    </div>
  );
}
