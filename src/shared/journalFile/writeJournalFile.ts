import type { ChecklistTemplate } from '../domain/templateSchema';
import { today } from '../domain/calendarDate';
import { fileNamePart } from '../fileNames';
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

/** `cancellation-journal-2026-11-23.json`, or the case title for a single case. */
export function journalFileName(now: Date, singleCaseTitle?: string): string {
  const date = today(now);
  if (singleCaseTitle) {
    const safe = fileNamePart(singleCaseTitle);
    if (safe) return `${safe} ${date}.json`;
  }
  return `cancellation-journal-${date}.json`;
}
