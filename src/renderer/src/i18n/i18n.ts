import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import type { UiLanguage } from './language';

export const resources = { en: { translation: en }, 'zh-CN': { translation: zhCN } } as const;

export async function startI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
