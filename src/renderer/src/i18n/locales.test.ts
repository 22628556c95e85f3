import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import {
  attachmentKinds,
  balanceOutcomes,
  caseStatuses,
  categories,
  checklistStates,
  confirmationMethods,
  deviceKinds,
  orderStatuses,
  submissionChannels,
  templateLanguages,
} from '@shared/domain/caseVocabulary';
import { expectedTypes } from '@shared/journalFile/fieldProblem';
import { contactChannels, timelineKinds } from '@shared/domain/timelineVocabulary';
import { BackupFailureReasonSchema, PaperSizeSchema } from '@shared/ipc/contract';

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

/**
 * The code of the app as text, by path: every source file under src/ but the tests and the
 * declarations (en.d.json.ts names every text, which is no use of one).
 */
const code: Record<string, string> = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '../../../{main,preload,shared}/**/*.{ts,tsx}', '!../../../**/*.test.{ts,tsx}', '!../../../**/*.d.ts', '!../../../**/*.d.*.ts'],
  { query: '?raw', import: 'default', eager: true },
);

const key = String.raw`[\w-]+(?:\.[\w-]+)+`;
/** Every string in the code that could be a key: `t('list.count')`, `i18nKey="backups.folder"`, `say('next.submit', …)`. */
const literals = (source: string) => [...source.matchAll(new RegExp(String.raw`(['"\`])(${key})\1`, 'g'))].map((match) => match[2]!);
/** The start of every key built from a template, which names a whole group: `status.${status}` → `status.`. */
const templatePrefixes = (source: string) => [...source.matchAll(/`((?:[\w-]+\.)+)\$\{/g)].map((match) => match[1]!);
/** The keys the code asks for by name: `t('…')`, `i18n.t('…')`, `<Trans i18nKey="…">`. */
const translated = (source: string) => [
  ...[...source.matchAll(new RegExp(String.raw`\bt\(\s*(['"\`])(${key})\1`, 'g'))].map((match) => match[2]!),
  ...[...source.matchAll(new RegExp(String.raw`\bi18nKey=\{?(['"\`])(${key})\1`, 'g'))].map((match) => match[2]!),
];
/** The starts of the keys the code builds from templates in `t(\`…${…}\`)`. */
const translatedPrefixes = (source: string) => [...source.matchAll(/\bt\(\s*`((?:[\w-]+\.)+)\$\{/g)].map((match) => match[1]!);

/** Keys of en.json that no code uses, and keys the code asks for that en.json lacks. */
function keyUse(texts: Iterable<string>, sources: Record<string, string>) {
  const all = Object.values(sources);
  const named = new Set(all.flatMap(literals));
  const groups = new Set(all.flatMap(templatePrefixes));
  const known = [...texts];
  // `status.${status}` stands for `status.draft`, `status.submitted`, …: one step below the start, not deeper.
  const unused = known.filter((text) => !named.has(text) && ![...groups].some((group) => text.startsWith(group) && !text.slice(group.length).includes('.')));
  const missing = [
    ...Object.entries(sources).flatMap(([path, source]) => translated(source).filter((asked) => !known.includes(asked)).map((asked) => `${path}: ${asked}`)),
    ...Object.entries(sources).flatMap(([path, source]) =>
      translatedPrefixes(source)
        .filter((prefix) => !known.some((text) => text.startsWith(prefix)))
        .map((prefix) => `${path}: ${prefix}\${…}`),
    ),
  ];
  return { unused, missing };
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

  it('hold only texts the code uses, and every text it asks for', () => {
    const { unused, missing } = keyUse(english.keys(), code);
    expect(unused, 'texts no code uses: remove them from en.json and zh-CN.json').toEqual([]);
    expect(missing, 'keys the code asks for that en.json lacks').toEqual([]);
  });

  it('name each word of a vocabulary the code builds keys from, and nothing else', () => {
    // `t(\`status.${status}\`)` is typed: a status without its text is a type error. This is the other way: a text without its status.
    const vocabularies: [keyof typeof en | `${keyof typeof en}.${string}`, readonly string[]][] = [
      ['status', caseStatuses],
      ['attachmentKind', attachmentKinds],
      ['category', categories],
      ['balanceOutcome', balanceOutcomes],
      ['orderStatus', orderStatuses],
      ['deviceKind', deviceKinds],
      ['channel', submissionChannels],
      ['confirmationMethod', confirmationMethods],
      ['report.itemState', checklistStates],
      ['report.paper', PaperSizeSchema.options],
      ['newCase.checklistLanguage', templateLanguages],
      ['import.type', expectedTypes],
      ['backups.reason', BackupFailureReasonSchema.options],
      ['contactChannel', contactChannels],
      ['history.kind', timelineKinds],
      ['history.step', checklistStates],
    ];
    for (const [group, words] of vocabularies) {
      const said = [...english.keys()].filter((text) => text.startsWith(`${group}.`)).map((text) => text.slice(group.length + 1));
      expect({ group, words: said.sort() }).toEqual({ group, words: [...words].sort() });
    }
  });

  it('tell unused and missing texts apart from used ones', () => {
    const sources = {
      'a.tsx': "t('list.title'); t(`status.${status}`); notify((t) => t('report.saved', { path })); <Trans i18nKey=\"backups.folder\" />",
      'b.ts': "const action = { labelKey: 'casePage.undo' }; t('list.nothing'); t(`nowhere.${x}`)",
    };
    const { unused, missing } = keyUse(
      ['list.title', 'list.count', 'status.draft', 'status.under_review', 'status.deeper.still', 'report.saved', 'backups.folder', 'casePage.undo', 'trash.title'],
      sources,
    );
    expect(unused).toEqual(['list.count', 'status.deeper.still', 'trash.title']);
    expect(missing).toEqual(['b.ts: list.nothing', 'b.ts: nowhere.${…}']);
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
