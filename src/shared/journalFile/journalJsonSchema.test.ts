import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { journalJsonSchema } from './journalFileSchema';
import { sampleJournalFile } from './journalFileFixtures';
import { serializeJournalFile } from './writeJournalFile';

const schemaFile = resolve(import.meta.dirname, '../../../docs/journal.schema.json');

function validator(allErrors = false) {
  const ajv = new Ajv2020({ allErrors, strict: false });
  addFormats.default(ajv);
  // Not among ajv-formats' formats; the pattern is RFC 4648's alphabet with padding.
  ajv.addFormat('base64', /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
}

describe('the published JSON Schema', () => {
  it('is generated from the zod schema (run `npm run schema` after changing it)', () => {
    const generated = `${JSON.stringify(journalJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaFile, generated);
    expect(readFileSync(schemaFile, 'utf8')).toBe(generated);
  });

  it('accepts every export, checked by a real JSON Schema validator', async () => {
    const validate = validator(true);
    for (const count of [0, 1, 7]) {
      const exported = JSON.parse(serializeJournalFile(await sampleJournalFile(Math.max(count, 1))));
      if (count === 0) exported.cases = [];
      expect(validate(exported), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects what the app rejects at the shape level', async () => {
    const validate = validator();
    const file = JSON.parse(serializeJournalFile(await sampleJournalFile(1)));
    file.cases[0].balance.amount = 1500;
    expect(validate(file)).toBe(false);
    file.cases[0].balance.amount = '1,500';
    expect(validate(file)).toBe(false);
    file.cases[0].balance.amount = '1500';
    file.cases[0].attachments[0].data = 'not base64!';
    expect(validate(file)).toBe(false);
    file.cases[0].attachments = [];
    expect(validate(file)).toBe(true);
    file.version = 1;
    expect(validate(file)).toBe(false);
  });
});
