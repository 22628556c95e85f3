import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAttention } from './attentionContext';
import { useReminderText } from './reminderText';

/** How many of the most urgent items the Overview names; the rest are one click away. */
const shown = 3;

/**
 * The Overview's part of "Needs attention": how many dates matter now and the most urgent few,
 * each opening its case, with the way to the whole view (where they are snoozed and dismissed).
 */
export function AttentionSummary({ onOpenCase, onShowAll }: { onOpenCase: (caseId: string) => void; onShowAll: () => void }) {
  const { t } = useTranslation();
  const { count, items, today } = useAttention();
  const text = useReminderText();
  const headingId = useId();
  return (
    <section className="overview-part attention-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('attention.title')}</h3>
      {items === undefined || count === undefined ? (
        <p className="loading">{t('attention.loading')}</p>
      ) : count === 0 ? (
        <p className="attention-empty">{t('attention.empty')}</p>
      ) : (
        <>
          <ul className="attention-summary-list">
            {items.slice(0, shown).map((item) => (
              <li key={item.id}>
                <button type="button" className="link-button" onClick={() => onOpenCase(item.caseId)}>
                  {item.caseTitle}
                </button>{' '}
                {text.what(item)} <span className="attention-when">{text.when(item, today)}</span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={onShowAll}>
            {t('attention.showAll', { count })}
          </button>
        </>
      )}
    </section>
  );
}
