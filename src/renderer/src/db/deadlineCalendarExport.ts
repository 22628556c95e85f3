import { caseCalendarDeadlines, type CalendarDeadline } from '@shared/calendar/caseCalendarDeadlines';
import { deadlineCalendar, type CalendarOptions, type CalendarWords } from '@shared/calendar/deadlineCalendar';
import { isAwaitingDecision } from '@shared/domain/caseProgress';
import { noPublicHolidays } from '@shared/domain/businessDays';
import { loadPublicHolidays } from '@shared/domain/publicHolidays';
import type { JournalCase } from '@shared/domain/caseSchema';
import type { JournalDatabase } from './journalDatabase';

/** Cases read at a time: a few hundred whole cases in memory at once, never the whole journal. */
const casesPerRead = 500;

/** The deadlines of one case, counting its review's business days with its country's holidays. */
export async function deadlinesOfCase(journalCase: JournalCase): Promise<CalendarDeadline[]> {
  const needsHolidays = journalCase.country !== null && isAwaitingDecision(journalCase.status) && journalCase.submission.submittedOn !== null;
  const isHoliday = needsHolidays ? await loadPublicHolidays(journalCase.country!) : noPublicHolidays;
  return caseCalendarDeadlines(journalCase, isHoliday);
}

/**
 * "Export all deadlines": every case outside the Trash, read in chunks by id (each read its own
 * short transaction, so the journal stays writable) and kept only as its few deadlines.
 */
export async function journalDeadlines(
  db: JournalDatabase,
  onProgress?: (done: number, total: number) => void,
  perRead = casesPerRead,
): Promise<{ deadlines: CalendarDeadline[]; cases: number }> {
  const total = await db.cases.count();
  const deadlines: CalendarDeadline[] = [];
  let done = 0;
  let withDeadlines = 0;
  let after: string | null = null;
  for (;;) {
    const chunk: JournalCase[] = await (after === null ? db.cases.orderBy(':id') : db.cases.where(':id').above(after)).limit(perRead).toArray();
    if (chunk.length === 0) break;
    for (const journalCase of chunk) {
      if (journalCase.deletedAt !== null) continue;
      const found = await deadlinesOfCase(journalCase);
      if (found.length > 0) withDeadlines += 1;
      deadlines.push(...found);
    }
    done += chunk.length;
    after = chunk.at(-1)!.id;
    onProgress?.(Math.min(done, total), total);
  }
  // Soonest first: the order a person reading the file (or a calendar's import preview) expects.
  deadlines.sort((a, b) => (a.on === b.on ? a.uid.localeCompare(b.uid) : a.on < b.on ? -1 : 1));
  return { deadlines, cases: withDeadlines };
}

export interface DeadlineCalendarFile {
  bytes: Uint8Array<ArrayBuffer>;
  events: number;
  cases: number;
}

export async function journalDeadlineCalendar(
  db: JournalDatabase,
  words: CalendarWords,
  options: CalendarOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<DeadlineCalendarFile> {
  const { deadlines, cases } = await journalDeadlines(db, onProgress);
  const bytes = new TextEncoder().encode(deadlineCalendar(deadlines, words, options));
  return { bytes, events: deadlines.length, cases };
}
