import type { JournalCase } from '@shared/domain/caseSchema';
import { webHasher } from '@shared/journalArchive/hashing';
import { writeJournalArchive, type AttachmentBytes } from '@shared/journalArchive/writeJournalArchive';
import type { JournalFile } from '@shared/journalFile/journalFileSchema';
import { journalFile, serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import type { JournalDatabase } from './journalDatabase';
import { templatesFor, timelinesOf, type ExportSelection } from './journalExport';

export interface ArchiveExportControls {
  signal?: AbortSignal;
  /** Attachment bytes written so far, of how many. */
  onProgress?: (written: number, total: number) => void;
}

/** Attachment bytes are read from the database a few at a time: about this many bytes per read. */
const readBatchBytes = 16 * 1024 * 1024;

interface Wanted {
  id: string;
  name: string;
  sha256: string;
  size: number;
}

/**
 * Reads each distinct attachment's bytes once, a few at a time, each read its own short transaction;
 * the next few are read while the archive takes these (at most two reads' worth in memory).
 */
async function* storedBytes(db: JournalDatabase, wanted: Wanted[], signal?: AbortSignal): AsyncGenerator<AttachmentBytes> {
  const batches: Wanted[][] = [];
  for (let start = 0; start < wanted.length; ) {
    let end = start;
    let bytes = 0;
    while (end < wanted.length && (end === start || bytes + wanted[end]!.size <= readBatchBytes)) bytes += wanted[end++]!.size;
    batches.push(wanted.slice(start, end));
    start = end;
  }
  const read = (batch: Wanted[]) => db.attachmentContents.bulkGet(batch.map((attachment) => attachment.id));
  let next = batches.length > 0 ? read(batches[0]!) : null;
  try {
    for (const [index, batch] of batches.entries()) {
      signal?.throwIfAborted();
      const contents = await next!;
      next = index + 1 < batches.length ? read(batches[index + 1]!) : null;
      for (const [at, attachment] of batch.entries()) {
        const content = contents[at];
        // Deleted since the cases were read: the export would list bytes it does not hold.
        if (!content) throw new Error(`The contents of attachment “${attachment.name}” are missing; the journal changed during the export, try again`);
        yield { name: attachment.name, sha256: attachment.sha256, bytes: content.data };
      }
    }
  } finally {
    // A read started ahead and no longer wanted (the export failed or was cancelled) is let go quietly.
    void next?.catch(() => undefined);
  }
}

/**
 * The journal (or some of its cases) as a journal archive, written to `sink` as it is made: the
 * cases and templates as `journal.json` (attachments listed without bytes), then each distinct
 * attachment's bytes read from the database a few at a time, never all at once.
 */
export async function exportJournalArchive(
  db: JournalDatabase,
  selection: ExportSelection,
  app: { name: string; version: string },
  sink: WritableStream<Uint8Array>,
  { signal, onProgress }: ArchiveExportControls = {},
  now: Date = new Date(),
): Promise<{ cases: number; attachmentBytes: number }> {
  const { cases, templates, timelines } = await db.transaction('r', [db.cases, db.templates, db.timeline], async () => {
    const records: JournalCase[] =
      selection.kind === 'all' ? await db.cases.toArray() : (await db.cases.bulkGet([...selection.ids])).filter((record) => record !== undefined);
    return { cases: records, templates: await templatesFor(db, records), timelines: await timelinesOf(db, selection, records) };
  });
  // The same format as a journal file; in an archive its attachments carry no `data`.
  const fileCases = cases.map((c) => ({ ...c, timeline: timelines.get(c.id) ?? [] }));
  const journal = journalFile(fileCases as unknown as JournalFile['cases'], templates, app, now);
  const json = new TextEncoder().encode(serializeJournalFile(journal));
  const seen = new Set<string>();
  const wanted: Wanted[] = [];
  for (const journalCase of cases) {
    for (const attachment of journalCase.attachments) {
      if (seen.has(attachment.sha256)) continue;
      seen.add(attachment.sha256);
      wanted.push({ id: attachment.id, name: attachment.name, sha256: attachment.sha256, size: attachment.size });
    }
  }
  const total = wanted.reduce((sum, attachment) => sum + attachment.size, 0);
  await writeJournalArchive(sink, json, storedBytes(db, wanted, signal), total, webHasher, { signal, onProgress, now });
  return { cases: cases.length, attachmentBytes: total };
}
