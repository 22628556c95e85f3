import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { snoozeChoices, snoozedUntil, type AttentionItem, type SnoozeChoice } from '@shared/domain/reminders';
import type { CalendarDate } from '@shared/domain/calendarDate';
import { DateField } from '../../components/DateField';
import { FieldError } from '../../components/FieldError';
import { reminderRepository } from '../../db/reminderRepository';
import { useJournal } from '../../journalContext';
import { useNotify } from '../../notices';
import { useFormatters } from '../../i18n/useFormatters';
import { attentionPageSize, useAttention } from './attentionContext';
import { useReminderText } from './reminderText';

/**
 * "Needs attention": the reminders due now, most urgent first. Each names its case (a click opens
 * it) and what is due; "Snooze" brings it back in a day, three days, a week or on a chosen day, and
 * "Dismiss" puts it away for good — both remembered in the journal's database.
 */
export default function NeedsAttentionView({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const { count, items, showMore, today } = useAttention();
  const headingId = useId();
  return (
    <section className="attention-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('attention.title')}</h2>
      <p className="hint">{t('attention.intro')}</p>
      {items === undefined || count === undefined ? (
        <p className="loading">{t('attention.loading')}</p>
      ) : count === 0 ? (
        <p className="attention-empty">{t('attention.empty')}</p>
      ) : (
        <>
          <ul className="attention-list">
            {items.map((item) => (
              <AttentionRow key={item.id} item={item} today={today} onOpenCase={onOpenCase} />
            ))}
          </ul>
          {/* A long-neglected journal can owe thousands of dates: the most urgent come first, the rest on request. */}
          {count > items.length && (
            <button type="button" className="attention-more" onClick={showMore}>
              {t('attention.showMore', { count: Math.min(attentionPageSize, count - items.length), left: count - items.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function AttentionRow({ item, today, onOpenCase }: { item: AttentionItem; today: CalendarDate; onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const { db } = useJournal();
  const notify = useNotify();
  const text = useReminderText();
  const format = useFormatters();
  const titleId = useId();
  const reminders = reminderRepository(db);
  const urgency = item.daysLeft < 0 || item.overdueBy !== null ? 'overdue' : item.daysLeft === 0 ? 'today' : 'soon';
  const snooze = (until: CalendarDate) =>
    void reminders.snooze(item, until).then(
      () => notify('info', (tr) => tr('attention.snoozed', { date: format.date(until) })),
      (error: unknown) => notify('error', () => String(error)),
    );
  return (
    <li className={`attention-item urgency-${urgency}`}>
      <button type="button" id={titleId} className="link-button attention-case" onClick={() => onOpenCase(item.caseId)}>
        {item.caseTitle}
      </button>
      <p className="attention-what">
        {text.what(item)} <span className="attention-when">{text.when(item, today)}</span>
      </p>
      <div className="attention-actions">
        <SnoozeMenu describedBy={titleId} today={today} onSnooze={snooze} />
        <button
          type="button"
          aria-describedby={titleId}
          onClick={() =>
            void reminders.dismiss(item).then(
              () => notify('info', (tr) => tr('attention.dismissed', { title: item.caseTitle })),
              (error: unknown) => notify('error', () => String(error)),
            )
          }
        >
          {t('attention.dismiss')}
        </button>
      </div>
    </li>
  );
}

/** "Snooze" opens a menu of the four choices; the last asks for a day. Arrow keys move, Escape closes. */
function SnoozeMenu({ describedBy, today, onSnooze }: { describedBy: string; today: CalendarDate; onSnooze: (until: CalendarDate) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [askDay, setAskDay] = useState(false);
  const [problem, setProblem] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = useId();
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = (choice: SnoozeChoice) => {
    setOpen(false);
    onSnooze(snoozedUntil(choice, today));
  };
  return (
    <div className="snooze">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-describedby={describedBy}
        onClick={() => {
          setAskDay(false);
          setOpen((value) => !value);
        }}
      >
        {t('attention.snooze')}
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          className="snooze-menu"
          aria-label={t('attention.snooze')}
          onKeyDown={(event) => {
            const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
            const at = entries.indexOf(document.activeElement as HTMLElement);
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const next = (at + (event.key === 'ArrowDown' ? 1 : entries.length - 1)) % entries.length;
              entries[next]?.focus();
            }
          }}
        >
          {snoozeChoices.map((choice) => (
            <button key={choice} type="button" role="menuitem" tabIndex={-1} onClick={() => choose(choice)}>
              {t(`attention.snoozeChoice.${choice}`)}
            </button>
          ))}
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              setOpen(false);
              setAskDay(true);
            }}
          >
            {t('attention.snoozeChoice.untilDate')}
          </button>
        </div>
      )}
      {askDay && (
        <div className="snooze-until">
          <DateField
            label={t('attention.snoozeUntil')}
            value={null}
            onSave={(day) => {
              if (day === null) return;
              if (day <= today) {
                setProblem(true);
                return;
              }
              setProblem(false);
              setAskDay(false);
              onSnooze(day);
            }}
          />
          <FieldError id={`${menuId}-problem`} message={problem ? t('attention.snoozeUntilLater') : null} />
        </div>
      )}
    </div>
  );
}
