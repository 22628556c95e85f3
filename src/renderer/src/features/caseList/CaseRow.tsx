import { memo } from 'react';
import { addBusinessDaysSkippingHolidays, reviewClock } from '@shared/domain/businessDays';
import { today } from '@shared/domain/calendarDate';
import { usePublicHolidays } from '../../holidays/usePublicHolidays';
import { caseRowHeight } from './caseRowHeight';
import type { CaseRowText } from './caseRowText';
import type { CaseRowSummary } from '../../db/caseRowSummary';

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
  /** A reminder of this case is due ("Needs attention"). */
  needsAttention: boolean;
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
            {props.needsAttention && <span className="attention-badge">{text.label('attention.badge')}</span>}
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
            {row.review && <RowReview review={row.review} country={row.country} text={text} />}
          </div>
        </>
      ) : (
        <span className="row-loading" aria-hidden="true" />
      )}
    </div>
  );
});

/**
 * Where the review stands and when the decision is due, counted in the case's country's business
 * days. Apart from the row so that only rows under review load the holidays and draw again when
 * they arrive.
 */
function RowReview({ review, country, text }: { review: NonNullable<CaseRowSummary['review']>; country: string | null; text: CaseRowText }) {
  const isHoliday = usePublicHolidays(country);
  const clock = reviewClock(review.submittedOn, review.days, today(), isHoliday)!;
  return (
    <>
      <span className={`row-review${clock.kind === 'overdue' ? ' overdue' : ''}`}>{text.review(clock)}</span>
      <span className="row-decision">{text.decisionOn(addBusinessDaysSkippingHolidays(review.submittedOn, review.days, isHoliday))}</span>
    </>
  );
}
