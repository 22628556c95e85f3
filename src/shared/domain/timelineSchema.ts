import { z } from 'zod';
import { CalendarDateSchema, IsoTimestampSchema } from './dateSchemas';
import { schemaMessages } from './schemaMessages';
import { caseStatuses, checklistStates } from './caseVocabulary';
import { contactChannels, keyFields } from './timelineVocabulary';

export * from './timelineVocabulary';

const EntryIdSchema = z.string().min(1).max(100);
const Text = z.string().max(500);

/**
 * What every timeline entry has: `on`, the day it happened as the user says it (a status backdated
 * to the 2nd happened on the 2nd), and `recordedAt`, the moment the app wrote it. An entry is never
 * edited or deleted: `corrects` names the earlier entry of the same case (and kind) this one corrects.
 */
const entryBase = {
  id: EntryIdSchema,
  on: CalendarDateSchema,
  recordedAt: IsoTimestampSchema,
  corrects: EntryIdSchema.nullable(),
};

/** The case took a status (`from` is null for the status it was opened in). */
export const StatusEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('status'),
  status: z.enum(caseStatuses),
  from: z.enum(caseStatuses).nullable(),
});

/** A checklist step was done, skipped or opened again. */
export const StepEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('step'),
  stepId: EntryIdSchema,
  title: z.string().max(300),
  state: z.enum(checklistStates),
  from: z.enum(checklistStates),
});

/**
 * A key field changed, old → new. Values are as the case stores them: dates `YYYY-MM-DD`, texts as
 * typed, amounts as the decimal and its currency (`"150000 IDR"`); null when it had none.
 * `subject` names the item a field belongs to (an order's reference), empty for the case's own.
 */
export const FieldEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('field'),
  field: z.enum(keyFields),
  subject: Text,
  from: Text.nullable(),
  to: Text.nullable(),
});

/** A piece of evidence was attached to the case or taken off it. */
export const AttachmentEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('attachment'),
  /** `trashed`/`restored`: into and out of the case's attachment Trash; `removed`: deleted for good. */
  action: z.enum(['added', 'trashed', 'restored', 'removed']),
  attachmentId: EntryIdSchema,
  name: z.string().max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, schemaMessages.sha256),
});

/**
 * A contact with the provider, as the user logged it. `on` is the day in the user's words like
 * every entry; `at` the moment, with the offset of the zone it was logged in.
 */
export const ContactEntrySchema = z.object({
  ...entryBase,
  kind: z.literal('contact'),
  at: IsoTimestampSchema,
  channel: z.enum(contactChannels),
  who: Text,
  said: z.string().max(20_000),
  reference: Text,
  /** Attachments of the case that belong to this contact (linked by the evidence feature). */
  attachmentIds: z.array(EntryIdSchema).max(200),
});

/** The case was exported to a journal file, or its report printed or saved as a PDF. */
export const ExportedEntrySchema = z.object({ ...entryBase, kind: z.literal('exported'), format: z.enum(['json']) });
export const PrintedEntrySchema = z.object({ ...entryBase, kind: z.literal('printed') });

export const TimelineEntrySchema = z.discriminatedUnion('kind', [
  StatusEntrySchema,
  StepEntrySchema,
  FieldEntrySchema,
  AttachmentEntrySchema,
  ContactEntrySchema,
  ExportedEntrySchema,
  PrintedEntrySchema,
]);
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type ContactEntry = z.infer<typeof ContactEntrySchema>;
export type FieldEntry = z.infer<typeof FieldEntrySchema>;

/** A case holds at most this many entries: some years of daily contacts, and a bound on what a file may bring. */
export const MAX_TIMELINE_ENTRIES = 10_000;

/**
 * Ids are unique within the case, and a correction points at another entry of the same case and
 * the same kind: a file cannot make one case's entry correct another case's.
 */
export function correctionsPointInside(entries: readonly TimelineEntry[]): boolean {
  const kinds = new Map(entries.map((entry) => [entry.id, entry.kind]));
  return entries.every((entry) => entry.corrects === null || (entry.corrects !== entry.id && kinds.get(entry.corrects) === entry.kind));
}

export const TimelineSchema = z
  .array(TimelineEntrySchema)
  .max(MAX_TIMELINE_ENTRIES)
  .refine((entries) => new Set(entries.map((entry) => entry.id)).size === entries.length, schemaMessages.duplicateIds)
  .refine(correctionsPointInside, schemaMessages.correctsElsewhere);

/** An entry as the database stores it: with the case it belongs to (the key is case and id). */
export type StoredTimelineEntry = TimelineEntry & { caseId: string };
