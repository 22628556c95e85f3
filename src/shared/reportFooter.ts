import type { TemplateLanguage } from './domain/caseVocabulary';

/**
 * The page numbers' words in each interface language. The main process prints the footer and has
 * no translation files of its own, so they live here, next to the template, chosen by the language
 * the renderer sends with the request. Chromium fills in the two spans.
 */
const pageNumberWords: Record<TemplateLanguage, string> = {
  en: 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
  'zh-CN': '第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页',
};

/**
 * Chromium's PDF footer: our line on the left, page numbers on the right, in the interface's
 * language (`lang` also makes Chromium choose the Chinese forms of CJK glyphs and line breaks).
 */
export function reportFooterTemplate(text: string, language: TemplateLanguage): string {
  const escaped = text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<div lang="${language}" style="width:100%;font-size:8px;color:#555;padding:0 14mm;display:flex;justify-content:space-between;font-family:'Noto Sans','Noto Sans CJK SC',sans-serif"><span>${escaped}</span><span>${pageNumberWords[language]}</span></div>`;
}

export const reportMarginsInches = { top: 0.6, bottom: 0.75, left: 0.55, right: 0.55 } as const;
