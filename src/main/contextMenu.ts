import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import type { TemplateLanguage } from '@shared/domain/caseVocabulary';
import { contextMenuWords } from '@shared/contextMenuWords';

/** What the menu needs from the page it belongs to. */
export interface ContextMenuTarget {
  replaceMisspelling(word: string): void;
  addWordToDictionary(word: string): void;
}

type MenuParams = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>;

/**
 * The right-click menu: spelling suggestions first when a spellchecker has flagged the word under
 * the pointer, then cut, copy, paste and select all as far as they apply, in the interface's
 * language. Nothing for a click on plain, unselected text.
 */
export function contextMenuTemplate(params: MenuParams, language: TemplateLanguage, target: ContextMenuTarget): MenuItemConstructorOptions[] {
  const words = contextMenuWords[language];
  const items: MenuItemConstructorOptions[] = [];
  if (params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 6);
    if (suggestions.length === 0) items.push({ label: words.noSuggestions, enabled: false });
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => target.replaceMisspelling(suggestion) });
    }
    items.push({ label: words.addToDictionary, click: () => target.addWordToDictionary(params.misspelledWord) });
    items.push({ type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: words.cut, enabled: params.editFlags.canCut },
      { role: 'copy', label: words.copy, enabled: params.editFlags.canCopy },
      { role: 'paste', label: words.paste, enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: words.selectAll, enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: words.copy, enabled: params.editFlags.canCopy }, { type: 'separator' }, {
      role: 'selectAll',
      label: words.selectAll,
    });
  }
  return items;
}

interface MenuFactory {
  buildFromTemplate(template: MenuItemConstructorOptions[]): { popup(options?: object): void };
}

interface ContextMenuContents {
  on(event: 'context-menu', listener: (event: unknown, params: ContextMenuParams) => void): unknown;
  replaceMisspelling(word: string): void;
  session: { addWordToSpellCheckerDictionary(word: string): boolean };
}

/** Shows the right-click menu on every right-click in `contents`. */
export function attachContextMenu(contents: ContextMenuContents, menu: MenuFactory, language: () => TemplateLanguage): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, language(), {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addWordToDictionary: (word) => void contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) menu.buildFromTemplate(template).popup();
  });
}
