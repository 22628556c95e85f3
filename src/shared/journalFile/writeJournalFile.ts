import type { ChecklistTemplate } from '../domain/templateSchema';
import { JOURNAL_FORMAT, JOURNAL_FORMAT_VERSION, type JournalFile, type JournalFileCase } from './journalFileSchema';

/** Small files are indented for people who open them; big ones stay compact to write fast. */
const indentUpTo = 500;

export function journalFile(
  cases: JournalFileCase[],
  templates: ChecklistTemplate[],
  app: { name: string; version: string },
  now: Date,
): JournalFile {
  return {
    format: JOURNAL_FORMAT,
    version: JOURNAL_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    app,
    cases,
    templates,
  };
}

export function serializeJournalFile(file: JournalFile): string {
  return JSON.stringify(file, null, file.cases.length <= indentUpTo ? 2 : undefined);
}
