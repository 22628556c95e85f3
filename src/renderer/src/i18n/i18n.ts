import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import { IpcChannel } from '@shared/ipc/channels';
import type { UiLanguage } from './language';
import { desktopBridge } from '../platform/desktopBridge';

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
  tellDesktop(language);
  return i18next;
}

export async function switchLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  tellDesktop(language);
}

/** The desktop app words its own menus (the right-click menu) in the interface's language. */
function tellDesktop(language: UiLanguage): void {
  desktopBridge.invoke(IpcChannel.setInterfaceLanguage, { language }).catch(() => undefined);
}
