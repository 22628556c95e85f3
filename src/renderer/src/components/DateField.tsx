import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayPicker } from 'react-day-picker';
import { enUS } from 'react-day-picker/locale/en-US';
import { zhCN } from 'react-day-picker/locale/zh-CN';
import 'react-day-picker/style.css';
import {
  calendarDatePattern,
  fromCalendarDate,
  parseDateInput,
  toCalendarDate,
  type CalendarDate,
} from '@shared/domain/calendarDate';
import { useDraftField } from './useDraftField';
import { FieldError } from './FieldError';

interface DateFieldProps {
  label: string;
  value: CalendarDate | null;
  onSave: (value: CalendarDate | null) => void;
  className?: string;
}

/**
 * A date typed on the keyboard (`2026-11-02`, also `2026/11/2`) or picked from a calendar.
 * A date that does not exist (`2026-02-30`) is refused with a message, not silently corrected.
 */
export function DateField(props: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const popover = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const draft = useDraftField({
    value: props.value,
    format: (value) => value ?? '',
    parse: parseDateInput,
    onSave: props.onSave,
    commit: 'complete',
    showWhileTyping: (text, problem) =>
      problem === 'nonexistent' || /[^\d\s\-/.年月日]/.test(text) || calendarDatePattern.test(text.trim()),
  });

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!popover.current?.contains(target) && !toggle.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const selected = props.value ? fromCalendarDate(props.value) : undefined;
  return (
    <div className={`field date-field ${props.className ?? ''}`}>
      <label id={`${id}-label`} htmlFor={id}>
        {props.label}
      </label>
      <div className="input-with-button">
        <input
          id={id}
          inputMode="numeric"
          placeholder={t('date.placeholder')}
          autoComplete="off"
          {...draft.inputProps}
        />
        <button
          ref={toggle}
          type="button"
          className="icon-button"
          aria-label={t('date.choose')}
          aria-describedby={`${id}-label`}
          aria-expanded={open}
          onClick={() => setOpen((value) => !value)}
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16">
            <path
              fill="currentColor"
              d="M6 2h1v2h6V2h1v2h2.5A1.5 1.5 0 0 1 18 5.5v11a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 2 16.5v-11A1.5 1.5 0 0 1 3.5 4H6V2zM3 8v8.5c0 .28.22.5.5.5h13a.5.5 0 0 0 .5-.5V8H3z"
            />
          </svg>
        </button>
      </div>
      {open && (
        <div
          ref={popover}
          className="calendar-popover"
          role="dialog"
          aria-label={t('date.calendar')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              // Closes the calendar only, not a dialog the field is in.
              event.preventDefault();
              event.stopPropagation();
              setOpen(false);
              toggle.current?.focus();
            }
          }}
        >
          <DayPicker
            mode="single"
            autoFocus
            selected={selected}
            defaultMonth={selected}
            locale={i18n.language === 'zh-CN' ? zhCN : enUS}
            onSelect={(date) => {
              const value = date ? toCalendarDate(date) : null;
              draft.pick(value ?? '');
              setOpen(false);
              toggle.current?.focus();
            }}
          />
        </div>
      )}
      <FieldError id={draft.errorId} message={draft.problem ? t(`date.problem.${draft.problem}`) : null} />
    </div>
  );
}
