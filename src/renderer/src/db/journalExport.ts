import type { JournalCase } from '@shared/domain/caseSchema';
import type { ChecklistTemplate } from '@shared/domain/templateSchema';
import { builtInTemplates, templateKey } from '@shared/templates/builtInTemplates';
import { bytesToBase64 } from '@shared/journalFile/base64';
import type { JournalFile, JournalFileCase } from '@shared/journalFile/journalFileSchema';
import { journalFile } from '@shared/journalFile/writeJournalFile';
import { MAX_EMBEDDED_ATTACHMENT_BYTES } from '@shared/journalFile/journalFileLimits';
import { AttachmentsTooLargeForJson, embeddedAttachmentBytes } from './attachmentsTooLargeForJson';

export { AttachmentsTooLargeForJson } from './attachmentsTooLargeForJson';
import type { JournalDatabase } from './journalDatabase';

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
  return db.transaction('r', [db.cases, db.attachmentContents, db.templates], async () => {
    const records =
      selection.kind === 'all'
        ? await db.cases.toArray()
        : (await db.cases.bulkGet([...selection.ids])).filter((record) => record !== undefined);
    const cases = records;
    // Refused before a byte is read: a JSON file is parsed whole, so its attachments must stay small.
    const embedded = embeddedAttachmentBytes(cases);
    if (embedded > MAX_EMBEDDED_ATTACHMENT_BYTES) throw new AttachmentsTooLargeForJson(embedded, MAX_EMBEDDED_ATTACHMENT_BYTES);
    const withAttachments = cases.some((c) => c.attachments.length > 0);
    const contents = withAttachments
      ? new Map(
          (await db.attachmentContents.bulkGet(cases.flatMap((c) => c.attachments.map((a) => a.id))))
            .filter((content) => content !== undefined)
            .map((content) => [content.id, content.data] as const),
        )
      : new Map<string, Uint8Array>();
    const fileCases = cases.map((c) => embedAttachments(c, contents));
    return journalFile(fileCases, await templatesFor(db, cases), app, now);
  });
}

function embedAttachments(journalCase: JournalCase, contents: Map<string, Uint8Array>): JournalFileCase {
  if (journalCase.attachments.length === 0) return journalCase as JournalFileCase;
  return {
    ...journalCase,
    attachments: journalCase.attachments.map((attachment) => {
      const data = contents.get(attachment.id);
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
