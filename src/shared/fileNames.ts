import { today } from './domain/calendarDate';

// Control characters are exactly what must never reach a file name, hence the rule is off here.
// eslint-disable-next-line no-control-regex
const unsafeCharacters = /[\\/:*?"<>|\u0000-\u001f]/;

/** Text turned into something every file system accepts as part of a name (no folders, no controls). */
export function fileNamePart(text: string, maxLength = 80): string {
  return text
    .normalize('NFKC')
    .replace(new RegExp(unsafeCharacters.source, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
}

/** A name with no folder in it and nothing a file system would refuse. */
export function isPlainFileName(name: string): boolean {
  return name.length > 0 && !unsafeCharacters.test(name) && name !== '.' && name !== '..';
}

/**
 * `cancellation-journal-2026-11-23.json` (the journal's name in the interface's language), or the
 * case title for a single case.
 */
export function journalFileName(now: Date, journalName: string, singleCaseTitle?: string): string {
  const date = today(now);
  if (singleCaseTitle) {
    const safe = fileNamePart(singleCaseTitle);
    if (safe) return `${safe} ${date}.json`;
  }
  return `${fileNamePart(journalName) || 'journal'}-${date}.json`;
}

/** The same name as journalFileName, for a journal archive (`cancellation-journal-2026-11-23.zip`). */
export function journalArchiveName(now: Date, journalName: string, singleCaseTitle?: string): string {
  return journalFileName(now, journalName, singleCaseTitle).replace(/\.json$/, '.zip');
}

/** The same name as journalFileName, for a calendar of deadlines (`Netflix deadlines 2026-11-23.ics`). */
export function calendarFileName(now: Date, calendarName: string, singleCaseTitle?: string): string {
  return journalFileName(now, calendarName, singleCaseTitle).replace(/\.json$/, '.ics');
}
