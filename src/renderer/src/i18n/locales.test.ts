import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

type Tree = { [key: string]: string | Tree };

/** Every text of a locale by key, with the plural forms (`_one`, `_other`, …) as one key. */
function texts(tree: Tree, prefix = ''): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      found.set(base, [...(found.get(base) ?? []), value]);
    } else {
      for (const [inner, values] of texts(value, path)) found.set(inner, values);
    }
  }
  return found;
}

const placeholders = (values: string[]) => new Set(values.flatMap((value) => [...value.matchAll(/{{(\w+)}}/g)].map((match) => match[1])));

describe('the two interface languages', () => {
  const english = texts(en as Tree);
  const chinese = texts(zhCN as Tree);

  it('have the same texts', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('give every text with plural forms the form the other numbers take', () => {
    for (const [name, tree] of [['en', en], ['zh-CN', zhCN]] as const) {
      const keys: string[] = [];
      const walk = (node: Tree, prefix: string) => {
        for (const [key, value] of Object.entries(node)) {
          if (typeof value === 'string') keys.push(prefix + key);
          else walk(value, `${prefix}${key}.`);
        }
      };
      walk(tree as Tree, '');
      const plural = new Set(keys.filter((key) => /_(zero|one|two|few|many)$/.test(key)).map((key) => key.replace(/_\w+$/, '')));
      for (const base of plural) expect(keys, `${name}: ${base}`).toContain(`${base}_other`);
    }
  });

  it('say a count of nothing in words, never as "0 devices still bound"', async () => {
    const i18n = createInstance();
    await i18n.init({ resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, lng: 'en' });
    // Counts the interface shows when they are zero: a section's aside, the list, the Trash, an import.
    const counted = ['devices.stillBound', 'orders.open', 'list.count', 'trash.count', 'import.newCases', 'import.existingCases', 'export.savedJson'] as const;
    const said = (language: string) => counted.map((key) => i18n.t(key, { lng: language, count: 0, path: 'x.json' }));
    expect(said('en')).toEqual([
      'All devices unbound',
      'All orders settled',
      'No cases',
      'No cases in the Trash',
      'No new cases',
      'No case already in your journal',
      'An empty journal saved to x.json',
    ]);
    for (const text of said('zh-CN')) expect(text).not.toMatch(/\b0\b/);
    expect(i18n.t('devices.stillBound', { lng: 'zh-CN', count: 0 })).toBe('所有设备均已解除绑定');
    expect(i18n.t('devices.stillBound', { lng: 'zh-CN', count: 2 })).toBe('仍有 2 台设备未解除绑定');
    expect(i18n.t('devices.stillBound', { lng: 'en', count: 1 })).toBe('1 device still bound');
  });

  it('put no space after a full-width colon in Chinese', () => {
    for (const [key, values] of chinese) {
      for (const value of values) expect({ key, value }).not.toEqual({ key, value: expect.stringMatching(/[：，。；！？] /) });
    }
  });

  it('fill in the same values in each text', () => {
    for (const [key, values] of english) {
      const theirs = placeholders(chinese.get(key) ?? []);
      const ours = placeholders(values);
      // A count chooses the plural form; a language may leave it out of the words themselves.
      ours.delete('count');
      theirs.delete('count');
      expect({ key, placeholders: [...theirs].sort() }).toEqual({ key, placeholders: [...ours].sort() });
    }
  });
});
