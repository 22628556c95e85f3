import { z } from 'zod';
import type { JournalDatabase } from './journalDatabase';

export const LanguagePreferenceSchema = z.enum(['system', 'en', 'zh-CN']);
export type LanguagePreference = z.infer<typeof LanguagePreferenceSchema>;

const languageKey = 'language';

/** Preferences live in the journal's own database, so a backup carries them along. */
export function settingsRepository(db: JournalDatabase) {
  return {
    async languagePreference(): Promise<LanguagePreference> {
      const stored = await db.settings.get(languageKey);
      const parsed = LanguagePreferenceSchema.safeParse(stored?.value);
      return parsed.success ? parsed.data : 'system';
    },
    async setLanguagePreference(value: LanguagePreference): Promise<void> {
      await db.settings.put({ key: languageKey, value: LanguagePreferenceSchema.parse(value) });
    },
  };
}
