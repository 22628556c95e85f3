import type { TemplateLanguage } from '@shared/domain/caseSchema';
import type { LanguagePreference } from '../db/settingsRepository';

export type UiLanguage = TemplateLanguage;

/** Any Chinese system language gets the Simplified Chinese UI; everything else gets English. */
export function resolveLanguage(preference: LanguagePreference, systemLanguages: readonly string[]): UiLanguage {
  if (preference !== 'system') return preference;
  for (const tag of systemLanguages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** A default currency for new cases, until the user picks one. */
export function defaultCurrencyFor(language: UiLanguage): string {
  return language === 'zh-CN' ? 'CNY' : 'USD';
}
