import type { TemplateLanguage } from './domain/caseVocabulary';

/**
 * The application menu's own words in each interface language (the items Electron's roles make
 * are worded by the system). As with the right-click menu (contextMenuWords.ts), the main process
 * has no translation files: the words live here, chosen by the language the renderer reports over
 * the IPC contract, and the menu is built again when it changes.
 */
export interface ApplicationMenuWords {
  file: string;
  exportAllDeadlines: string;
  view: string;
}

export const applicationMenuWords: Record<TemplateLanguage, ApplicationMenuWords> = {
  en: { file: 'File', exportAllDeadlines: 'Export all deadlines…', view: 'View' },
  'zh-CN': { file: '文件', exportAllDeadlines: '导出全部期限…', view: '视图' },
};
