import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../notices';
import { useLiveQuery } from 'dexie-react-hooks';
import { isTimeOfDay } from '@shared/domain/reminderTime';
import { FieldError } from '../../components/FieldError';
import { settingsRepository } from '../../db/settingsRepository';
import { useJournal } from '../../journalContext';

/** "7, 1" → [7, 1]; null when it is not up to five whole days from 1 to 365. */
export function parseLeadDays(text: string): number[] | null {
  const parts = text.split(/[,，、\s]+/).filter((part) => part !== '');
  if (parts.length === 0 || parts.length > 5 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
  const days = parts.map(Number);
  return days.every((day) => day >= 1 && day <= 365) ? days : null;
}

/** How many days before a cancel-by date or the end of a dispute window reminders come, and at what time of day. */
export function RemindersSection() {
  const { t } = useTranslation();
  const notify = useNotify();
  const { db } = useJournal();
  const id = useId();
  const settings = settingsRepository(db);
  const stored = useLiveQuery(() => settings.reminderLeadDays(), [db]);
  const [text, setText] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    if (stored) setText((current) => current ?? stored.join(', '));
  }, [stored]);
  const save = () => {
    if (text === null) return;
    const days = parseLeadDays(text);
    setInvalid(days === null);
    if (days)
      void settings.setReminderLeadDays(days).then(
        () => setText([...new Set(days)].sort((a, b) => b - a).join(', ')),
        (error: unknown) => notify('error', (t) => t('settings.settingNotSaved', { message: error instanceof Error ? error.message : String(error) })),
      );
  };
  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settings.remindersTitle')}</h3>
      <div className="field">
        <label htmlFor={id}>{t('settings.reminderLeadDays')}</label>
        <input
          id={id}
          inputMode="numeric"
          value={text ?? ''}
          aria-invalid={invalid}
          aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
          onChange={(event) => setText(event.target.value)}
          onBlur={save}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save();
          }}
        />
        <p id={`${id}-hint`} className="help">
          {t('settings.reminderLeadDaysHint')}
        </p>
        <FieldError id={`${id}-error`} message={invalid ? t('settings.reminderLeadDaysInvalid') : null} />
      </div>
      <ReminderTimeField />
    </section>
  );
}

/**
 * "Remind me at": the time of day reminders come (a reminder due today waits until then) and
 * calendar alarms ring. Saved as soon as the field holds a whole time; an emptied field says so.
 */
function ReminderTimeField() {
  const { t } = useTranslation();
  const notify = useNotify();
  const { db } = useJournal();
  const id = useId();
  const settings = settingsRepository(db);
  const stored = useLiveQuery(() => settings.reminderTime(), [db]);
  const [text, setText] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [editing, setEditing] = useState(false);
  // What is kept shows, also when another window changes it, except while the user is typing here.
  useEffect(() => {
    if (stored && !editing) setText(stored);
  }, [stored, editing]);
  const change = (value: string) => {
    setText(value);
    if (!isTimeOfDay(value)) return;
    setInvalid(false);
    settings
      .setReminderTime(value)
      .catch((error: unknown) => notify('error', (t) => t('settings.settingNotSaved', { message: error instanceof Error ? error.message : String(error) })));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.reminderTime')}</label>
      <input
        id={id}
        type="time"
        className="reminder-time"
        value={text ?? ''}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onChange={(event) => change(event.target.value)}
        onFocus={() => setEditing(true)}
        onBlur={() => {
          setInvalid(text !== null && !isTimeOfDay(text));
          // An emptied field keeps saying so rather than showing the kept time again.
          if (text !== null && isTimeOfDay(text)) setEditing(false);
        }}
      />
      <p id={`${id}-hint`} className="help">
        {t('settings.reminderTimeHint')}
      </p>
      <FieldError id={`${id}-error`} message={invalid ? t('settings.reminderTimeInvalid') : null} />
    </div>
  );
}
