import type { JournalFile, JournalFileCase } from '@shared/journalFile/journalFileSchema';
import { base64ToBytes } from '@shared/journalFile/base64';
import { builtInTemplates, templateKey } from '@shared/templates/builtInTemplates';
import type { JournalCase } from '@shared/domain/caseSchema';
import { contactsIn } from '@shared/domain/timeline';
import type { StoredTimelineEntry, TimelineEntry } from '@shared/domain/timelineSchema';
import { listEntryOf, type StoredListEntry } from './listEntries';
import { besideEachCaseTables, writeBesideCases } from './besideEachCase';
import { loadPhoneAccounts } from './phoneAccounts';
import type { JournalDatabase } from './journalDatabase';
import { markAttachmentGarbage } from './attachmentGarbage';
import { Dexie } from 'dexie';

/** Cancelling an import, and hearing how far it got (cases written, of how many in the file). */
export interface ImportControls {
  signal?: AbortSignal;
  onProgress?: (written: number, total: number) => void;
}

/** What to do with a case whose id is already in the journal. */
export type ExistingCaseChoice = 'skip' | 'replace' | 'keepBoth';

export interface ImportPreview {
  newCases: number;
  existingCases: { id: string; title: string }[];
  templates: { name: string; language: string; alreadyHere: boolean }[];
}

export interface ImportOutcome {
  added: number;
  replaced: number;
  skipped: number;
  templatesAdded: number;
}

/** What importing `file` would do, without doing it. */
export async function previewImport(db: JournalDatabase, file: Pick<JournalFile, 'templates'> & { cases: { id: string; title: string }[] }): Promise<ImportPreview> {
  const ids = file.cases.map((c) => c.id);
  const present = new Set((await db.cases.where('id').anyOf(ids).primaryKeys()) as string[]);
  const ownTemplates = new Set((await db.templates.toCollection().primaryKeys()) as string[]);
  const builtIn = new Set(builtInTemplates.map((template) => `${templateKey(template)}@${template.version}`));
  return {
    newCases: ids.filter((id) => !present.has(id)).length,
    existingCases: file.cases.filter((c) => present.has(c.id)).map((c) => ({ id: c.id, title: c.title })),
    templates: file.templates.map((template) => ({
      name: template.name,
      language: template.language,
      alreadyHere: builtIn.has(`${templateKey(template)}@${template.version}`) || ownTemplates.has(templateKey(template)),
    })),
  };
}

const canonicalUtc = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Timestamps are sorted as text by the database; bring any offset to the one UTC form. */
export function normaliseTimestamps(journalCase: JournalCase): JournalCase {
  const canonical = (iso: string) => canonicalUtc.test(iso);
  // Files this app wrote are already canonical: nothing to copy for them.
  if (
    canonical(journalCase.createdAt) &&
    canonical(journalCase.updatedAt) &&
    (journalCase.deletedAt === null || canonical(journalCase.deletedAt)) &&
    journalCase.statusHistory.every((change) => canonical(change.recordedAt)) &&
    journalCase.attachments.every((attachment) => canonical(attachment.addedAt))
  ) {
    return journalCase;
  }
  const utc = (iso: string) => (canonical(iso) ? iso : new Date(iso).toISOString());
  return {
    ...journalCase,
    createdAt: utc(journalCase.createdAt),
    updatedAt: utc(journalCase.updatedAt),
    deletedAt: journalCase.deletedAt && utc(journalCase.deletedAt),
    statusHistory: journalCase.statusHistory.map((change) => ({ ...change, recordedAt: utc(change.recordedAt) })),
    attachments: journalCase.attachments.map((attachment) => ({ ...attachment, addedAt: utc(attachment.addedAt) })),
  };
}

/**
 * A case's timeline as stored: with its case's id (a copy's entries keep their ids, which are
 * unique within a case), and moments brought to UTC, since the index orders them as text.
 */
export function storedTimeline(caseId: string, timeline: readonly TimelineEntry[]): StoredTimelineEntry[] {
  return timeline.map((entry) => ({
    ...entry,
    recordedAt: canonicalUtc.test(entry.recordedAt) ? entry.recordedAt : new Date(entry.recordedAt).toISOString(),
    caseId,
  }));
}

/**
 * The ids among `wanted` (a file's attachment ids) that cases of the journal already use, other
 * than the cases `replacing`: a journal file names each attachment once, so an import gives those
 * new ids to keep the journal's own export readable. Read only when the file has attachments.
 */
export async function attachmentIdsTaken(db: JournalDatabase, wanted: ReadonlySet<string>, replacing: ReadonlySet<string>): Promise<Set<string>> {
  const taken = new Set<string>();
  if (wanted.size === 0) return taken;
  await db.cases.each((journalCase) => {
    if (replacing.has(journalCase.id)) return;
    for (const attachment of journalCase.attachments) if (wanted.has(attachment.id)) taken.add(attachment.id);
  });
  return taken;
}

/**
 * A case of the file as stored, its attachments without their bytes (those are in the attachment
 * files by now, see keepAttachmentBytes). `newId` makes the case a copy with new ids (keep both);
 * `taken` are attachment ids other cases of the journal use, which get new ids.
 */
function storedCase(
  fileCase: JournalFileCase,
  newId: (() => string) | null,
  taken: ReadonlySet<string>,
  freshId: () => string,
): { journalCase: JournalCase; timeline: StoredTimelineEntry[] } {
  // The timeline is stored in its own table, not in the case.
  const { timeline, ...rest } = fileCase;
  // Without attachments and a new id, the validated case from the file is stored as it is.
  if (rest.attachments.length === 0 && !newId) {
    return { journalCase: normaliseTimestamps(rest as JournalCase), timeline: storedTimeline(rest.id, timeline) };
  }
  const caseId = newId ? newId() : rest.id;
  const renamed = new Map<string, string>();
  const attachments = rest.attachments.map(({ data: _data, ...attachment }) => {
    const id = newId ? newId() : taken.has(attachment.id) ? freshId() : attachment.id;
    renamed.set(attachment.id, id);
    return { ...attachment, id };
  });
  return { journalCase: normaliseTimestamps({ ...rest, id: caseId, attachments }), timeline: storedTimeline(caseId, relinked(timeline, renamed)) };
}

/**
 * Every attachment's bytes of the file into the attachment files, before any record names them.
 * Named by their SHA-256 (the files check it), so no file's attachment can change another case's
 * bytes, whatever ids it carries. Bytes of cases the import then skips, or of an import that fails,
 * are named by nothing and go with the next garbage collection.
 */
async function keepAttachmentBytes(db: JournalDatabase, file: JournalFile, signal?: AbortSignal): Promise<void> {
  const kept = new Set<string>();
  for (const fileCase of file.cases) {
    for (const attachment of fileCase.attachments) {
      signal?.throwIfAborted();
      if (kept.has(attachment.sha256)) continue;
      await db.attachmentFiles.put(attachment.sha256, base64ToBytes(attachment.data));
      kept.add(attachment.sha256);
    }
  }
}

/** Entries about an attachment (and contacts linked to one) follow it to its new id. */
export function relinked(timeline: readonly TimelineEntry[], renamed: ReadonlyMap<string, string>): TimelineEntry[] {
  return timeline.map((entry): TimelineEntry => {
    if (entry.kind === 'attachment') return { ...entry, attachmentId: renamed.get(entry.attachmentId) ?? entry.attachmentId };
    if (entry.kind === 'contact') return { ...entry, attachmentIds: entry.attachmentIds.map((id) => renamed.get(id) ?? id) };
    return entry;
  });
}

/** The user's own templates of a file, where newer than the journal's (inside the caller's transaction); how many were added. */
export async function importTemplates(db: JournalDatabase, templates: JournalFile['templates']): Promise<number> {
  let added = 0;
  const builtIn = new Set(builtInTemplates.map((template) => templateKey(template)));
  for (const template of templates) {
    const key = templateKey(template);
    if (builtIn.has(key)) continue;
    const current = await db.templates.get(key);
    if (!current || current.version < template.version) {
      await db.templates.put({ ...template, key });
      added += 1;
    }
  }
  return added;
}

/**
 * Cases prepared (timestamps, list entry and search words) and handed to the database per chunk:
 * the database writes one chunk while the next is prepared, instead of waiting for all of them.
 */
const importChunk = 1_000;

/**
 * Imports a file that `readJournalFile` accepted, in one transaction: if anything fails, nothing
 * of the file is in the journal and the journal is as it was.
 */
export async function importJournal(
  db: JournalDatabase,
  file: JournalFile,
  existing: ExistingCaseChoice,
  newId: () => string = () => crypto.randomUUID(),
  { signal, onProgress }: ImportControls = {},
): Promise<ImportOutcome> {
  const phoneAccounts = await loadPhoneAccounts();
  signal?.throwIfAborted();
  if (file.cases.some((c) => c.attachments.length > 0)) {
    // Whatever happens next, the bytes of cases skipped, replaced or not written are named by nothing.
    await markAttachmentGarbage(db);
    await keepAttachmentBytes(db, file, signal);
  }
  const outcome = await db.transaction('rw', [db.cases, ...besideEachCaseTables(db), db.templates, db.timeline], async () => {
    // Cancelling aborts the one transaction: nothing of the file stays in the journal.
    const transaction = Dexie.currentTransaction;
    const abort = () => transaction.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const counts: ImportOutcome = { added: 0, replaced: 0, skipped: 0, templatesAdded: 0 };
    const present = new Set((await db.cases.where('id').anyOf(file.cases.map((c) => c.id)).primaryKeys()) as string[]);
    // A replaced case's attachments are replaced with it (files no case names any more are collected later).
    if (existing === 'replace' && present.size > 0) {
      // So is its timeline: the file's case, history and all, takes its place, as the user chose.
      await db.timeline.where('caseId').anyOf([...present]).delete();
      // And the dates its reminders watched: the file's case brings its own.
      await db.deadlineEntries.where('caseId').anyOf([...present]).delete();
    }
    const taken = await attachmentIdsTaken(db, new Set(file.cases.flatMap((c) => c.attachments.map((attachment) => attachment.id))), existing === 'replace' ? present : new Set());
    const writes: Promise<unknown>[] = [];
    let records: JournalCase[] = [];
    let entries: StoredListEntry[] = [];
    let timeline: StoredTimelineEntry[] = [];
    let written = 0;
    const total = file.cases.length;
    const write = () => {
      const size = records.length;
      if (size === 0) return;
      writes.push(
        writeBesideCases(db, records, entries, []),
        db.cases.bulkPut(records).then(() => {
          written += size;
          onProgress?.(written, total);
        }),
      );
      if (timeline.length > 0) writes.push(db.timeline.bulkPut(timeline));
      records = [];
      entries = [];
      timeline = [];
    };
    for (const fileCase of file.cases) {
      const exists = present.has(fileCase.id);
      if (exists && existing === 'skip') {
        counts.skipped += 1;
        continue;
      }
      if (exists && existing === 'replace') {
        counts.replaced += 1;
      } else {
        counts.added += 1;
      }
      const split = storedCase(fileCase, exists && existing === 'keepBoth' ? newId : null, taken, newId);
      records.push(split.journalCase);
      entries.push(listEntryOf(split.journalCase, phoneAccounts, contactsIn(split.timeline)));
      for (const entry of split.timeline) timeline.push(entry);
      if (records.length === importChunk) write();
    }
    write();
    await Promise.all(writes);

    counts.templatesAdded = await importTemplates(db, file.templates);
    signal?.removeEventListener('abort', abort);
    return counts;
  });
  return outcome;
}
