import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeDeclaration } from './localeTypes';

const locales = new URL('../src/renderer/src/i18n/locales/', import.meta.url);

describe('the types of the English texts', () => {
  it('are generated from en.json (run `npm run locale-types` after changing it)', () => {
    const declarationFile = new URL('en.d.json.ts', locales);
    const generated = localeDeclaration(JSON.parse(readFileSync(new URL('en.json', locales), 'utf8')));
    if (process.env.UPDATE_LOCALE_TYPES === '1') writeFileSync(declarationFile, generated);
    expect(readFileSync(declarationFile, 'utf8')).toBe(generated);
  });
});
