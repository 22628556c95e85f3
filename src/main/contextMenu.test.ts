import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { ContextMenuParams } from 'electron';
import { attachContextMenu, contextMenuTemplate } from './contextMenu';
import { configureSpellcheck, NO_DICTIONARY_DOWNLOADS } from './spellcheck';

const allowed = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: false };
const inField = { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: allowed };
const target = () => ({ replaceMisspelling: vi.fn(), addWordToDictionary: vi.fn() });

describe('the right-click menu', () => {
  it('offers cut, copy, paste and select all in a field, in the interface’s language', () => {
    expect(contextMenuTemplate(inField, 'en', target()).map((item) => item.label ?? item.type)).toEqual(['Cut', 'Copy', 'Paste', 'separator', 'Select All']);
    expect(contextMenuTemplate(inField, 'zh-CN', target()).map((item) => item.label ?? item.type)).toEqual(['剪切', '复制', '粘贴', 'separator', '全选']);
    expect(contextMenuTemplate(inField, 'en', target()).map((item) => item.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('greys out what the field cannot do', () => {
    const readOnlySelection = { ...inField, editFlags: { ...allowed, canCut: false, canPaste: false } };
    const enabled = Object.fromEntries(contextMenuTemplate(readOnlySelection, 'en', target()).filter((item) => item.role).map((item) => [item.role, item.enabled]));
    expect(enabled).toEqual({ cut: false, copy: true, paste: false, selectAll: true });
  });

  it('puts spelling suggestions first and applies the one chosen', () => {
    const page = target();
    const items = contextMenuTemplate({ ...inField, misspelledWord: 'cancelation', dictionarySuggestions: ['cancellation', 'cancelations'] }, 'en', page);
    expect(items.slice(0, 3).map((item) => item.label)).toEqual(['cancellation', 'cancelations', 'Add to Dictionary']);
    items[0]!.click!(undefined as never, undefined as never, undefined as never);
    expect(page.replaceMisspelling).toHaveBeenCalledWith('cancellation');
    items[2]!.click!(undefined as never, undefined as never, undefined as never);
    expect(page.addWordToDictionary).toHaveBeenCalledWith('cancelation');
    const none = contextMenuTemplate({ ...inField, misspelledWord: 'xqzt' }, 'zh-CN', page);
    expect(none[0]).toMatchObject({ label: '没有拼写建议', enabled: false });
  });

  it('offers copy for selected text outside fields, and nothing for a plain click', () => {
    const selected = { ...inField, isEditable: false, selectionText: 'REQ-55120' };
    expect(contextMenuTemplate(selected, 'en', target()).map((item) => item.label ?? item.type)).toEqual(['Copy', 'separator', 'Select All']);
    expect(contextMenuTemplate({ ...selected, selectionText: '' }, 'en', target())).toEqual([]);
  });

  it('pops up on a right-click in the page, in the language the renderer last reported', () => {
    const contents = Object.assign(new EventEmitter(), {
      replaceMisspelling: vi.fn(),
      session: { addWordToSpellCheckerDictionary: vi.fn(() => true) },
    });
    const popup = vi.fn();
    const buildFromTemplate = vi.fn(() => ({ popup }));
    let language: 'en' | 'zh-CN' = 'en';
    attachContextMenu(contents as never, { buildFromTemplate }, () => language);
    language = 'zh-CN';
    contents.emit('context-menu', {}, inField as unknown as ContextMenuParams);
    expect(popup).toHaveBeenCalledTimes(1);
    expect((buildFromTemplate.mock.calls[0] as unknown as [{ label?: string }[]])[0][0]!.label).toBe('剪切');
    contents.emit('context-menu', {}, { ...inField, isEditable: false } as unknown as ContextMenuParams);
    expect(popup).toHaveBeenCalledTimes(1);
  });
});

describe('spellcheck', () => {
  const session = () => ({ setSpellCheckerEnabled: vi.fn(), setSpellCheckerDictionaryDownloadURL: vi.fn() });

  it('uses the system spellchecker on macOS, which downloads nothing', () => {
    const mac = session();
    configureSpellcheck(mac, 'darwin');
    expect(mac.setSpellCheckerEnabled).toHaveBeenCalledWith(true);
    expect(mac.setSpellCheckerDictionaryDownloadURL).not.toHaveBeenCalled();
  });

  it('is off on Windows and Linux, with dictionary downloads pointed at nowhere', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const other = session();
      configureSpellcheck(other, platform);
      expect(other.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
      expect(other.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(NO_DICTIONARY_DOWNLOADS);
      expect(new URL(NO_DICTIONARY_DOWNLOADS).hostname).toBe('127.0.0.1');
    }
  });
});
