import { Dexie } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { contactsIn } from '@shared/domain/timeline';
import type { StoredTimelineEntry } from '@shared/domain/timelineSchema';
import type { ArchivedJournal } from '@shared/journalFile/readJournalFile';
import type { JournalDatabase } from './journalDatabase';
import { markAttachmentGarbage } from './attachmentGarbage';
import { attachmentIdsTaken, importTemplates, normaliseTimestamps, relinked, storedTimeline, type ExistingCaseChoice, type ImportOutcome } from './journalImport';
import { listEntryOf, type StoredListEntry } from './listEntries';
import { besideEachCaseTables, writeBesideCases } from './besideEachCase';
import { loadPhoneAccounts } from './phoneAccounts';

export interface ArchiveImportControls {
  signal?: AbortSignal;
  /** Cases written so far, of how many in the archive. */
  onProgress?: (written: number, total: number) => void;
}

const caseChunk = 1_000;

/**
 * Imports an archive that was checked whole and unpacked into the attachment files (main's
 * `archive:unpack-to-files`, or the browser build's stand-in) and whose journal was validated
 * (readArchivedJournal). Its bytes are already in the files, named by their SHA-256, so no case of
 * the archive can change another case's bytes; what is written here is the records, in one
 * transaction: if anything fails or the import is cancelled, the journal is as it was (the files
 * no case names go with the next garbage collection).
 */
export async function importArchivedJournal(
  db: JournalDatabase,
  file: ArchivedJournal,
  existing: ExistingCaseChoice,
  newId: () => string = () => crypto.randomUUID(),
  { signal, onProgress }: ArchiveImportControls = {},
): Promise<ImportOutcome> {
  const phoneAccounts = await loadPhoneAccounts();
  const present = new Set((await db.cases.where('id').anyOf(file.cases.map((c) => c.id)).primaryKeys()) as string[]);
  const taken = await attachmentIdsTaken(db, new Set(file.cases.flatMap((c) => c.attachments.map((attachment) => attachment.id))), existing === 'replace' ? present : new Set());

  // What goes where: a case's final id and its attachments' ids.
  const counts: ImportOutcome = { added: 0, replaced: 0, skipped: 0, templatesAdded: 0 };
  const records: JournalCase[] = [];
  const timelines = new Map<string, StoredTimelineEntry[]>();
  for (const fileCase of file.cases) {
    const exists = present.has(fileCase.id);
    if (exists && existing === 'skip') {
      counts.skipped += 1;
      continue;
    }
    if (exists && existing === 'replace') counts.replaced += 1;
    else counts.added += 1;
    const copy = exists && existing === 'keepBoth';
    // The timeline is stored in its own table, not in the case.
    const { timeline, ...rest } = fileCase;
    const caseId = copy ? newId() : fileCase.id;
    const renamed = new Map<string, string>();
    const attachments = rest.attachments.map((attachment) => {
      const id = copy || taken.has(attachment.id) ? newId() : attachment.id;
      renamed.set(attachment.id, id);
      return { ...attachment, id };
    });
    records.push(normaliseTimestamps({ ...rest, id: caseId, attachments } as JournalCase));
    timelines.set(caseId, storedTimeline(caseId, relinked(timeline, renamed)));
  }

  // The archive's attachments are in the files already: those of skipped, replaced or unwritten cases are named by nothing.
  await markAttachmentGarbage(db);
  signal?.throwIfAborted();
  await db.transaction('rw', [db.cases, ...besideEachCaseTables(db), db.templates, db.timeline], async () => {
    const transaction = Dexie.currentTransaction;
    const abort = () => transaction.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const replaced = records.filter((record) => present.has(record.id)).map((record) => record.id);
    if (existing === 'replace' && replaced.length > 0) {
      // The file's case, history and all, takes its place, as the user chose.
      await db.timeline.where('caseId').anyOf(replaced).delete();
      await db.deadlineEntries.where('caseId').anyOf(replaced).delete();
    }
    const writes: Promise<unknown>[] = [];
    let written = 0;
    for (let start = 0; start < records.length; start += caseChunk) {
      const chunk = records.slice(start, start + caseChunk);
      const entries: StoredListEntry[] = chunk.map((record) => listEntryOf(record, phoneAccounts, contactsIn(timelines.get(record.id) ?? [])));
      writes.push(
        writeBesideCases(db, chunk, entries, []),
        db.timeline.bulkPut(chunk.flatMap((record) => timelines.get(record.id) ?? [])),
        db.cases.bulkPut(chunk).then(() => {
          written += chunk.length;
          onProgress?.(written, records.length);
        }),
      );
    }
    await Promise.all(writes);
    counts.templatesAdded = await importTemplates(db, file.templates);
    signal?.removeEventListener('abort', abort);
  });
  return counts;
}
