import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalCase } from '@shared/domain/caseSchema';
import { caseExpectedDecisionDate, caseProgress, nextAction } from '@shared/domain/caseProgress';
import { useFormatters } from '../../i18n/useFormatters';
import { NextActionText } from './NextActionText';
import { caseRowHeight } from './caseRowHeight';

interface CaseRowProps {
  /** Null while the list is still finding out which case sits at this position. */
  id: string | null;
  index: number;
  journalCase: JournalCase | undefined;
  top: number;
  setSize: number;
  selected: boolean;
  onSelect: (id: string, index: number) => void;
}

export const CaseRow = memo(function CaseRow(props: CaseRowProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const c = props.journalCase;
  const progress = c ? caseProgress(c.checklist) : null;
  const decision = c ? caseExpectedDecisionDate(c) : null;
  return (
    <div
      role="option"
      aria-selected={props.selected}
      aria-posinset={props.index + 1}
      aria-setsize={props.setSize}
      data-case-id={props.id ?? undefined}
      tabIndex={props.selected ? 0 : -1}
      className={`case-row${props.selected ? ' selected' : ''}`}
      style={{ transform: `translateY(${props.top}px)`, height: caseRowHeight }}
      onClick={() => props.id && props.onSelect(props.id, props.index)}
      onKeyDown={(event) => {
        if ((event.key === 'Enter' || event.key === ' ') && props.id) {
          event.preventDefault();
          props.onSelect(props.id, props.index);
        }
      }}
    >
      {c ? (
        <>
          <div className="row-line">
            <span className="row-title">{c.title}</span>
            <span className={`status-badge status-${c.status}`}>{t(`status.${c.status}`)}</span>
          </div>
          <div className="row-line row-meta">
            <span className="row-provider">{c.provider.name || t('list.noProvider')}</span>
            {progress && progress.total > 0 && (
              <span className="row-progress" aria-label={t('list.progress', { ...progress })}>
                <meter min={0} max={progress.total} value={progress.finished} aria-hidden="true" />
                {t('list.progressShort', { ...progress })}
              </span>
            )}
          </div>
          <div className="row-line row-next">
            <NextActionText action={nextAction(c)} formatDate={format.date} />
            {decision && (
              <span className="row-decision">{t('list.decisionOn', { date: format.date(decision) })}</span>
            )}
          </div>
        </>
      ) : (
        <span className="row-loading" aria-hidden="true" />
      )}
    </div>
  );
});
