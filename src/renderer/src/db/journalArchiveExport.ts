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

/** An attachment as the archive lists it: the bytes it names and what it says of them. */
export interface ArchivedAttachment {
  name: string;
  sha256: string;
  size: number;
}

/** Each distinct attachment's bytes from its file, one at a time, as the archive takes them. */
async function* storedBytes(db: JournalDatabase, wanted: ArchivedAttachment[], signal?: AbortSignal): AsyncGenerator<AttachmentBytes> {
  for (const attachment of wanted) {
    signal?.throwIfAborted();
    yield { name: attachment.name, sha256: attachment.sha256, bytes: await db.attachmentFiles.read(attachment.sha256) };
  }
}

/**
 * What an archive of the journal (or some of its cases) holds besides the bytes: `journal.json`
 * (the cases and templates, attachments listed without bytes) and each distinct attachment once.
 * Main writes the archive from these and the attachment files (`archive:export-from-files`).
 */
export async function archiveJournalOf(
  db: JournalDatabase,
  selection: ExportSelection,
  app: { name: string; version: string },
  now: Date = new Date(),
): Promise<{ journal: Uint8Array<ArrayBuffer>; attachments: ArchivedAttachment[]; cases: number }> {
  const { cases, templates, timelines } = await db.transaction('r', [db.cases, db.templates, db.timeline], async () => {
    const records: JournalCase[] =
      selection.kind === 'all' ? await db.cases.toArray() : (await db.cases.bulkGet([...selection.ids])).filter((record) => record !== undefined);
    return { cases: records, templates: await templatesFor(db, records), timelines: await timelinesOf(db, selection, records) };
  });
  // The same format as a journal file; in an archive its attachments carry no `data`.
  const fileCases = cases.map((c) => ({ ...c, timeline: timelines.get(c.id) ?? [] }));
  const journal = new TextEncoder().encode(serializeJournalFile(journalFile(fileCases as unknown as JournalFile['cases'], templates, app, now)));
  const seen = new Set<string>();
  const attachments: ArchivedAttachment[] = [];
  for (const journalCase of cases) {
    for (const attachment of journalCase.attachments) {
      if (seen.has(attachment.sha256)) continue;
      seen.add(attachment.sha256);
      attachments.push({ name: attachment.name, sha256: attachment.sha256, size: attachment.size });
    }
  }
  return { journal, attachments, cases: cases.length };
}

/**
 * The journal (or some of its cases) as a journal archive, written to `sink` as it is made: the
 * cases and templates as `journal.json` (attachments listed without bytes), then each distinct
 * attachment's bytes read from its file, one at a time, never all at once. Used where the window
 * makes the archive itself (automatic backups); Export archive has main write it from the files.
 */
export async function exportJournalArchive(
  db: JournalDatabase,
  selection: ExportSelection,
  app: { name: string; version: string },
  sink: WritableStream<Uint8Array>,
  { signal, onProgress }: ArchiveExportControls = {},
  now: Date = new Date(),
): Promise<{ cases: number; attachmentBytes: number }> {
  const { journal, attachments, cases } = await archiveJournalOf(db, selection, app, now);
  const total = attachments.reduce((sum, attachment) => sum + attachment.size, 0);
  await writeJournalArchive(sink, journal, storedBytes(db, attachments, signal), total, webHasher, { signal, onProgress, now });
  return { cases, attachmentBytes: total };
}
