import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resources } from '../../i18n/i18n';
import { schemaMessages, type SchemaMessage } from '@shared/domain/schemaMessages';
import { expectedTypes, type FieldProblem } from '@shared/journalFile/fieldProblem';
import { fieldProblemText } from './fieldProblemText';

async function tIn(language: 'en' | 'zh-CN') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: false, interpolation: { escapeValue: false } });
  return i18n.t;
}

/** One of every kind of problem, every named schema message and every type. */
const everyProblem: FieldProblem[] = [
  { kind: 'missing' },
  ...expectedTypes.map((expected): FieldProblem => ({ kind: 'wrongType', expected })),
  { kind: 'notOneOf', allowed: ['draft', 'submitted'] },
  { kind: 'timestamp' },
  { kind: 'tooLong', maximum: 1, of: 'characters' },
  { kind: 'tooLong', maximum: 500, of: 'characters' },
  { kind: 'tooLong', maximum: 200, of: 'items' },
  { kind: 'tooShort', minimum: 1, of: 'characters' },
  { kind: 'tooShort', minimum: 2, of: 'items' },
  { kind: 'tooLarge', maximum: 100, inclusive: true },
  { kind: 'tooLarge', maximum: 100, inclusive: false },
  { kind: 'tooSmall', minimum: 0, inclusive: true },
  { kind: 'tooSmall', minimum: 0, inclusive: false },
  ...(Object.keys(schemaMessages) as SchemaMessage[]).map((name): FieldProblem => ({ kind: 'schema', name })),
  { kind: 'other', message: 'Invalid input' },
];

describe('what is wrong with a field of an imported file, in words', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`has words in ${language} for every problem, with every value filled in`, async () => {
      const t = await tIn(language);
      for (const problem of everyProblem) {
        const text = fieldProblemText(t, problem);
        expect(text, JSON.stringify(problem)).not.toMatch(/import\.|{{|undefined/);
        if (language === 'zh-CN' && problem.kind !== 'other') expect(text, JSON.stringify(problem)).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  it('reads as a sentence after the field in English', async () => {
    const t = await tIn('en');
    expect(fieldProblemText(t, { kind: 'missing' })).toBe('is missing');
    expect(fieldProblemText(t, { kind: 'wrongType', expected: 'array' })).toBe('must be a list');
    expect(fieldProblemText(t, { kind: 'notOneOf', allowed: ['draft', 'submitted'] })).toBe('must be one of “draft”, “submitted”');
    expect(fieldProblemText(t, { kind: 'tooLong', maximum: 1, of: 'characters' })).toBe('is longer than 1 character');
    expect(fieldProblemText(t, { kind: 'tooSmall', minimum: 0, inclusive: false })).toBe('must be more than 0');
    expect(fieldProblemText(t, { kind: 'schema', name: 'decimalAmount' })).toBe('must be an amount written as digits with an optional point and decimals, such as 15000 or 12.5');
  });
});
