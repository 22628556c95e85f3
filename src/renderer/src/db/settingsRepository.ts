import { defaultLeadDays } from '@shared/domain/reminders';
import { defaultReminderTime, isTimeOfDay, type TimeOfDay } from '@shared/domain/reminderTime';
import type { JournalDatabase } from './journalDatabase';

export const languagePreferences = ['system', 'en', 'zh-CN'] as const;
export type LanguagePreference = (typeof languagePreferences)[number];

/** Read at every start: a plain check, so the first screen does not wait for the validation library. */
function isLanguagePreference(value: unknown): value is LanguagePreference {
  return (languagePreferences as readonly unknown[]).includes(value);
}

const languageKey = 'language';
const collapsedSectionsKey = 'collapsedSections';
const lastOpenCaseKey = 'lastOpenCase';
const reminderLeadDaysKey = 'reminderLeadDays';
const reminderTimeKey = 'reminderTime';

/** Lead days are whole days before a deadline, at most a year; what a setting holds is checked when read. */
function isLeadDays(value: unknown): value is number[] {
  return Array.isArray(value) && value.length <= 5 && value.every((day) => Number.isInteger(day) && day >= 1 && day <= 365);
}

/**
 * Sections of the case page that start collapsed until the user opens them. None: the History,
 * once a short list of status changes, is where contacts are logged and read back (issue 11).
 */
export const defaultCollapsedSections: readonly string[] = [];

/** Preferences live in the journal's own database, so a backup carries them along. */
export function settingsRepository(db: JournalDatabase) {
  return {
    async languagePreference(): Promise<LanguagePreference> {
      const stored = await db.settings.get(languageKey);
      return isLanguagePreference(stored?.value) ? stored.value : 'system';
    },
    async setLanguagePreference(value: LanguagePreference): Promise<void> {
      if (!isLanguagePreference(value)) throw new Error(`Unknown language preference: ${String(value)}`);
      await db.settings.put({ key: languageKey, value });
    },
    /** The case page's sections the user has collapsed, by section id; shared by every case. */
    async collapsedSections(): Promise<readonly string[]> {
      const stored = await db.settings.get(collapsedSectionsKey);
      const value: unknown = stored?.value;
      return Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : defaultCollapsedSections;
    },
    async setCollapsedSections(ids: readonly string[]): Promise<void> {
      await db.settings.put({ key: collapsedSectionsKey, value: [...new Set(ids)].sort() });
    },
    /** The case that was open last, so a restart opens it again; null when none was. */
    async lastOpenCase(): Promise<string | null> {
      const stored = await db.settings.get(lastOpenCaseKey);
      return typeof stored?.value === 'string' ? stored.value : null;
    },
    async setLastOpenCase(id: string | null): Promise<void> {
      await db.settings.put({ key: lastOpenCaseKey, value: id });
    },
    /** How many days before a cancel-by date or a dispute window's end reminders come (7 and 1 unless changed). */
    async reminderLeadDays(): Promise<readonly number[]> {
      const stored = await db.settings.get(reminderLeadDaysKey);
      return isLeadDays(stored?.value) ? stored.value : defaultLeadDays;
    },
    async setReminderLeadDays(days: readonly number[]): Promise<void> {
      const value = [...new Set(days)].sort((a, b) => b - a);
      if (!isLeadDays(value)) throw new Error(`Reminder lead days must be 1 to 5 whole days from 1 to 365: ${days.join(', ')}`);
      await db.settings.put({ key: reminderLeadDaysKey, value });
    },
    /** The time of day reminders come at, and calendar alarms ring at ("Remind me at"; 09:00 unless changed). */
    async reminderTime(): Promise<TimeOfDay> {
      const stored = await db.settings.get(reminderTimeKey);
      return isTimeOfDay(stored?.value) ? stored.value : defaultReminderTime;
    },
    async setReminderTime(time: TimeOfDay): Promise<void> {
      if (!isTimeOfDay(time)) throw new Error(`A reminder time must be a time of day as HH:MM: ${String(time)}`);
      await db.settings.put({ key: reminderTimeKey, value: time });
    },
  };
}
