import type { TemplateLanguage } from './domain/caseVocabulary';

/**
 * The right-click menu's words in each interface language. The main process builds that menu and
 * has no translation files of its own, so they live here (like the PDF footer's page numbers in
 * reportFooter.ts), chosen by the language the renderer reports over the IPC contract.
 */
export interface ContextMenuWords {
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  noSuggestions: string;
  addToDictionary: string;
}

export const contextMenuWords: Record<TemplateLanguage, ContextMenuWords> = {
  en: {
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    noSuggestions: 'No spelling suggestions',
    addToDictionary: 'Add to Dictionary',
  },
  'zh-CN': {
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    noSuggestions: '没有拼写建议',
    addToDictionary: '添加到词典',
  },
};
