import type { JournalDatabase } from './journalDatabase';

export const languagePreferences = ['system', 'en', 'zh-CN'] as const;
export type LanguagePreference = (typeof languagePreferences)[number];

/** Read at every start: a plain check, so the first screen does not wait for the validation library. */
function isLanguagePreference(value: unknown): value is LanguagePreference {
  return (languagePreferences as readonly unknown[]).includes(value);
}

const languageKey = 'language';

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
  };
}
