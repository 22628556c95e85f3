import { Dexie } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import { contactsIn } from '@shared/domain/timeline';
import type { StoredTimelineEntry } from '@shared/domain/timelineSchema';
import type { ArchivedJournal } from '@shared/journalFile/readJournalFile';
import type { AttachmentContent, JournalDatabase } from './journalDatabase';
import { importTemplates, normaliseTimestamps, relinked, storedTimeline, type ExistingCaseChoice, type ImportOutcome } from './journalImport';
import { listEntryOf, type StoredListEntry } from './listEntries';
import { besideEachCaseTables, writeBesideCases } from './besideEachCase';
import { loadPhoneAccounts } from './phoneAccounts';

export interface ArchiveImportControls {
  signal?: AbortSignal;
  /** Attachment bytes stored so far, of how many. */
  onStoring?: (stored: number, total: number) => void;
  /** Cases written so far, of how many in the archive. */
  onProgress?: (written: number, total: number) => void;
}

/** An attachment's bytes from the archive, checked against its SHA-256 as they are read. */
export type ArchivedBytes = (sha256: string, signal?: AbortSignal) => AsyncIterable<Uint8Array>;

interface PlannedContent {
  id: string;
  caseId: string;
  sha256: string;
  size: number;
}

/** Attachment bytes are stored in transactions of about this many bytes each. */
const storeBatchBytes = 16 * 1024 * 1024;
const caseChunk = 1_000;

async function bytesOf(read: ArchivedBytes, sha256: string, size: number, signal?: AbortSignal): Promise<Uint8Array> {
  const bytes = new Uint8Array(size);
  let at = 0;
  for await (const chunk of read(sha256, signal)) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * Imports an archive whose every entry was checked (readJournalArchive, readArchivedJournal).
 * Its attachments may be far larger than memory, and their bytes come from the archive a piece at
 * a time, which one IndexedDB transaction cannot wait for. So the bytes are stored first, under ids
 * no case uses yet, in transactions of their own; then every case, list entry and template is
 * written in one transaction. If anything fails or the import is cancelled, the stored bytes are
 * removed again: no case ever points at them, and the journal is as it was.
 */
export async function importArchivedJournal(
  db: JournalDatabase,
  file: ArchivedJournal,
  existing: ExistingCaseChoice,
  read: ArchivedBytes,
  newId: () => string = () => crypto.randomUUID(),
  { signal, onStoring, onProgress }: ArchiveImportControls = {},
): Promise<ImportOutcome> {
  const phoneAccounts = await loadPhoneAccounts();
  const fileAttachmentIds = file.cases.flatMap((c) => c.attachments.map((attachment) => attachment.id));
  const [present, taken] = await db.transaction('r', [db.cases, db.attachmentContents], async () => [
    new Set((await db.cases.where('id').anyOf(file.cases.map((c) => c.id)).primaryKeys()) as string[]),
    new Set(fileAttachmentIds.length === 0 ? [] : ((await db.attachmentContents.where('id').anyOf(fileAttachmentIds).primaryKeys()) as string[])),
  ]);

  // What goes where: a case's final id and its attachments' ids, none of which names stored bytes yet.
  const counts: ImportOutcome = { added: 0, replaced: 0, skipped: 0, templatesAdded: 0 };
  const records: JournalCase[] = [];
  const timelines = new Map<string, StoredTimelineEntry[]>();
  const contents: PlannedContent[] = [];
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
      contents.push({ id, caseId, sha256: attachment.sha256, size: attachment.size });
      return { ...attachment, id };
    });
    records.push(normaliseTimestamps({ ...rest, id: caseId, attachments } as JournalCase));
    timelines.set(caseId, storedTimeline(caseId, relinked(timeline, renamed)));
  }

  const stored: string[] = [];
  // One batch is written while the next is read from the archive: at most two batches in memory.
  let writingBatch: Promise<void> | null = null;
  const removeStored = async () => {
    await writingBatch?.catch(() => undefined);
    if (stored.length > 0) await db.transaction('rw', db.attachmentContents, () => db.attachmentContents.bulkDelete(stored));
  };
  try {
    const total = contents.reduce((sum, content) => sum + content.size, 0);
    let done = 0;
    onStoring?.(0, total);
    let batch: AttachmentContent[] = [];
    let batchBytes = 0;
    const storeBatch = async () => {
      if (batch.length === 0) return;
      const writing = batch;
      batch = [];
      batchBytes = 0;
      await writingBatch;
      writingBatch = db.transaction('rw', db.attachmentContents, () => db.attachmentContents.bulkAdd(writing)).then(() => {
        stored.push(...writing.map((content) => content.id));
      });
      // Heard when the next batch (or the end) awaits it; never an unhandled rejection meanwhile.
      writingBatch.catch(() => undefined);
    };
    // Two attachments with the same bytes are one entry of the archive: read once when they follow each other.
    let last: { sha256: string; bytes: Uint8Array } | null = null;
    for (const content of contents) {
      signal?.throwIfAborted();
      const bytes: Uint8Array = last?.sha256 === content.sha256 ? last.bytes : await bytesOf(read, content.sha256, content.size, signal);
      last = { sha256: content.sha256, bytes };
      batch.push({ id: content.id, caseId: content.caseId, data: bytes });
      batchBytes += bytes.length;
      done += bytes.length;
      if (batchBytes >= storeBatchBytes) await storeBatch();
      onStoring?.(done, total);
    }
    await storeBatch();
    await writingBatch;
    signal?.throwIfAborted();

    const storedIds = new Set(stored);
    await db.transaction('rw', [db.cases, ...besideEachCaseTables(db), db.attachmentContents, db.templates, db.timeline], async () => {
      const transaction = Dexie.currentTransaction;
      const abort = () => transaction.abort();
      signal?.addEventListener('abort', abort, { once: true });
      // A replaced case's old attachments go; the bytes just stored for it stay.
      const replaced = records.filter((record) => present.has(record.id)).map((record) => record.id);
      if (existing === 'replace' && replaced.length > 0) {
        await db.attachmentContents
          .where('caseId')
          .anyOf(replaced)
          .filter((content) => !storedIds.has(content.id))
          .delete();
        // So is its timeline: the file's case, history and all, takes its place, as the user chose.
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
  } catch (error) {
    await removeStored().catch(() => undefined);
    throw error;
  }
}
