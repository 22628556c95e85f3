import type { JournalCase } from '@shared/domain/caseSchema';
import type { ChecklistTemplate } from '@shared/domain/templateSchema';
import { builtInTemplates, templateKey } from '@shared/templates/builtInTemplates';
import { bytesToBase64 } from '@shared/journalFile/base64';
import type { JournalFile, JournalFileCase } from '@shared/journalFile/journalFileSchema';
import { journalFile } from '@shared/journalFile/writeJournalFile';
import { MAX_EMBEDDED_ATTACHMENT_BYTES } from '@shared/journalFile/journalFileLimits';
import { AttachmentsTooLargeForJson, embeddedAttachmentBytes } from './attachmentsTooLargeForJson';

export { AttachmentsTooLargeForJson } from './attachmentsTooLargeForJson';
import type { StoredTimelineEntry, TimelineEntry } from '@shared/domain/timelineSchema';
import type { JournalDatabase } from './journalDatabase';
import { timelineOf } from './caseRepository';

export type ExportSelection = { kind: 'all' } | { kind: 'cases'; ids: readonly string[] };

/**
 * The journal (or some of its cases) as a journal file: every field, checklist, timeline and
 * attachment with its bytes, plus the templates the cases came from.
 */
export async function exportJournal(
  db: JournalDatabase,
  selection: ExportSelection,
  app: { name: string; version: string },
  now: Date = new Date(),
): Promise<JournalFile> {
  const { cases, timelines, templates } = await db.transaction('r', [db.cases, db.templates, db.timeline], async () => {
    const records =
      selection.kind === 'all'
        ? await db.cases.toArray()
        : (await db.cases.bulkGet([...selection.ids])).filter((record) => record !== undefined);
    // Refused before a byte is read: a JSON file is parsed whole, so its attachments must stay small.
    const embedded = embeddedAttachmentBytes(records);
    if (embedded > MAX_EMBEDDED_ATTACHMENT_BYTES) throw new AttachmentsTooLargeForJson(embedded, MAX_EMBEDDED_ATTACHMENT_BYTES);
    return { cases: records, timelines: await timelinesOf(db, selection, records), templates: await templatesFor(db, records) };
  });
  // The bytes from the attachment files, after the transaction (it cannot wait for them), each once.
  const contents = new Map<string, Uint8Array>();
  for (const attachment of cases.flatMap((c) => c.attachments)) {
    if (!contents.has(attachment.sha256)) contents.set(attachment.sha256, await db.attachmentFiles.read(attachment.sha256));
  }
  const fileCases = cases.map((c) => ({ ...embedAttachments(c, contents), timeline: timelines.get(c.id) ?? [] }));
  return journalFile(fileCases, templates, app, now);
}

/** Each case's timeline, in the order recorded, as the file carries it (without the case id each stored entry has). */
export async function timelinesOf(db: JournalDatabase, selection: ExportSelection, cases: readonly JournalCase[]): Promise<Map<string, TimelineEntry[]>> {
  const stored: StoredTimelineEntry[] =
    selection.kind === 'all'
      ? await db.timeline.orderBy('[caseId+recordedAt]').toArray()
      : (await Promise.all(cases.map((c) => timelineOf(db, c.id)))).flat();
  const byCase = new Map<string, TimelineEntry[]>();
  for (const { caseId, ...entry } of stored) {
    let entries = byCase.get(caseId);
    if (!entries) byCase.set(caseId, (entries = []));
    entries.push(entry as TimelineEntry);
  }
  return byCase;
}

function embedAttachments(journalCase: JournalCase, contents: Map<string, Uint8Array>): Omit<JournalFileCase, 'timeline'> {
  if (journalCase.attachments.length === 0) return journalCase as Omit<JournalFileCase, 'timeline'>;
  return {
    ...journalCase,
    attachments: journalCase.attachments.map((attachment) => {
      const data = contents.get(attachment.sha256);
      if (!data) throw new Error(`The contents of attachment “${attachment.name}” are missing`);
      return { ...attachment, data: bytesToBase64(data) };
    }),
  };
}

/** The user's own templates, and the built-in ones any exported case was made from. */
export async function templatesFor(db: JournalDatabase, cases: readonly JournalCase[]): Promise<ChecklistTemplate[]> {
  const used = new Set(cases.map((c) => templateKey(c.template)));
  const builtIn = builtInTemplates.filter((template) => used.has(templateKey(template)));
  const own = (await db.templates.toArray()).map(({ key: _key, ...template }) => template);
  return [...builtIn, ...own];
}
