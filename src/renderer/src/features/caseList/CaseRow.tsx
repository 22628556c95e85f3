import { memo } from 'react';
import { caseRowHeight } from './caseRowHeight';
import type { CaseRowText } from './caseRowText';
import type { CaseRowSummary } from './caseRowSummary';

interface CaseRowProps {
  /** Null while the list is still finding out which case sits at this position. */
  id: string | null;
  index: number;
  /** Undefined while the case is being read. */
  row: CaseRowSummary | undefined;
  top: number;
  setSize: number;
  selected: boolean;
  /** The one row Tab stops at. */
  tabbable: boolean;
  onSelect: (id: string, index: number) => void;
  /** The same for every row (per language), so a row re-renders only when its own case changes. */
  text: CaseRowText;
}

export const CaseRow = memo(function CaseRow(props: CaseRowProps) {
  const { row, text } = props;
  return (
    <div
      role="option"
      aria-selected={props.selected}
      aria-posinset={props.index + 1}
      aria-setsize={props.setSize}
      data-case-id={props.id ?? undefined}
      tabIndex={props.tabbable ? 0 : -1}
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
      {row ? (
        <>
          <div className="row-line">
            <span className="row-title">{row.title}</span>
            <span className={`status-badge status-${row.status}`}>{text.label(`status.${row.status}`)}</span>
          </div>
          <div className="row-line row-meta">
            <span className="row-provider">{row.providerName || text.label('list.noProvider')}</span>
            <span className={`proof-badge proof-${row.proof}`}>{text.label(`proof.row.${row.proof}`)}</span>
            {row.progress.total > 0 && (
              <span className="row-progress" aria-label={text.progress(row.progress)}>
                <meter min={0} max={row.progress.total} value={row.progress.finished} aria-hidden="true" />
                {text.progressShort(row.progress)}
              </span>
            )}
          </div>
          <div className="row-line row-next">
            <span>{text.next(row.next)}</span>
            {row.decisionOn && (
              <span className="row-decision">{text.decisionOn(row.decisionOn)}</span>
            )}
          </div>
        </>
      ) : (
        <span className="row-loading" aria-hidden="true" />
      )}
    </div>
  );
});
