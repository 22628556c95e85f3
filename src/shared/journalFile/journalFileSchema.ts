import { z } from 'zod';
import { AttachmentSchema, CaseFieldsSchema, listOf, statusMatchesHistory } from '../domain/caseSchema';
import { IsoTimestampSchema } from '../domain/dateSchemas';
import { TemplateSchema } from '../domain/templateSchema';
import { schemaMessages } from '../domain/schemaMessages';
import { TimelineSchema } from '../domain/timelineSchema';

export const JOURNAL_FORMAT = 'cancellation-journal';
/** The version this app writes. Older files are migrated forward when read; newer ones are refused. */
export const JOURNAL_FORMAT_VERSION = 5;

/** An attachment with its bytes, base64-encoded, so one file restores everything. */
export const EmbeddedAttachmentSchema = AttachmentSchema.extend({
  data: z.base64(schemaMessages.base64),
});
export type EmbeddedAttachment = z.infer<typeof EmbeddedAttachmentSchema>;

/**
 * A case with its attachments' bytes and its timeline (every entry, in the order recorded; ids
 * unique within the case, corrections pointing inside it).
 */
export const JournalFileCaseSchema = CaseFieldsSchema.extend({
  attachments: listOf(EmbeddedAttachmentSchema, 200),
  timeline: TimelineSchema,
}).refine(statusMatchesHistory, { message: schemaMessages.statusNotInHistory, path: ['status'] });
export type JournalFileCase = z.infer<typeof JournalFileCaseSchema>;

/** A case of a journal archive's journal.json: as in a journal file, but its attachments' bytes are files of the archive. */
export const ArchivedJournalCaseSchema = CaseFieldsSchema.extend({
  timeline: TimelineSchema,
}).refine(statusMatchesHistory, { message: schemaMessages.statusNotInHistory, path: ['status'] });
export type ArchivedJournalCase = z.infer<typeof ArchivedJournalCaseSchema>;

export const JournalFileHeaderSchema = z.object({
  format: z.literal(JOURNAL_FORMAT),
  version: z.literal(JOURNAL_FORMAT_VERSION),
  exportedAt: IsoTimestampSchema,
  app: z.object({ name: z.string().max(200), version: z.string().max(100) }),
});

/**
 * A whole journal, or a selection of its cases, as one JSON file. This schema is the single source
 * of the TypeScript type, the runtime check and the published JSON Schema (docs/journal.schema.json).
 */
export const JournalFileSchema = JournalFileHeaderSchema.extend({
  cases: z.array(JournalFileCaseSchema),
  templates: z.array(TemplateSchema),
});
export type JournalFile = z.infer<typeof JournalFileSchema>;

export function journalJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(JournalFileSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://cancellation-journal.app/schema/journal-v4.json',
    title: 'Cancellation Journal export',
    description:
      'A journal of cancellation cases exported by Cancellation Journal. Amounts are decimal strings ("15000", "12.5") in the ISO 4217 currency beside them; dates are YYYY-MM-DD; timestamps are ISO 8601. Each case carries its timeline: every change, contact, export and print, never edited (a correction is a new entry that points at the one it corrects).',
  };
}
