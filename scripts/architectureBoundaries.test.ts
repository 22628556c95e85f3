import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The boundaries eslint.config.mjs enforces (and `npm test` lints): each case is a line of code
 * placed in a folder, and whether the linter lets it stand there.
 */
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '..') });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = probe;\n`, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('the architecture the linter enforces', () => {
  it.each([
    ['src/shared/domain/probe.ts', "import probe from 'react';"],
    ['src/shared/domain/probe.ts', "import probe from 'dexie';"],
    ['src/shared/domain/probe.ts', "import probe from 'electron';"],
    ['src/shared/domain/probe.ts', "import probe from 'node:fs';"],
    ['src/shared/domain/probe.ts', "import probe from 'path';"],
    ['src/shared/domain/probe.ts', "import probe from '../../renderer/src/db/journalDatabase';"],
    ['src/main/probe.ts', "import probe from '../renderer/src/db/caseRepository';"],
    ['src/main/probe.ts', "import probe from 'react';"],
    ['src/renderer/src/db/probe.ts', "import probe from 'electron';"],
    ['src/renderer/src/db/probe.ts', "import probe from 'node:fs/promises';"],
    ['src/renderer/src/db/probe.ts', "import probe from 'fs';"],
    ['src/renderer/src/features/caseEditor/probe.ts', "import probe from '../journalFiles/useJournalExport';"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await problems(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['src/shared/domain/probe.ts', "import probe from './money';"],
    ['src/shared/domain/probe.ts', "import probe from 'zod';"],
    ['src/main/probe.ts', "import probe from '@shared/ipc/contract';"],
    ['src/main/probe.ts', "import probe from 'node:fs';"],
    ['src/renderer/src/db/probe.ts', "import probe from 'dexie';"],
    ['src/renderer/src/features/caseEditor/probe.ts', "import probe from '../journalFiles';"],
    ['src/renderer/src/features/caseEditor/probe.ts', "import probe from '../../components/DateField';"],
    ['src/renderer/src/features/caseEditor/probe.ts', "import probe from './useCase';"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await problems(filePath, code)).toEqual([]);
  });
});
