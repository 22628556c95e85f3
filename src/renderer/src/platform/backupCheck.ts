import { openJournalArchive } from '@shared/journalArchive/readJournalArchive';
import { webHasher } from '@shared/journalArchive/hashing';

/** What checking a backup's archive found: its journal's cases counted, or why it is refused. */
export type BackupCheck = { ok: true; caseCount: number } | { ok: false; reason: 'damaged' | 'notAJournal'; message: string };

/**
 * Reads a backup's archive back whole, as an import would (every entry's size, CRC and SHA-256),
 * and counts the cases of its journal: the same check the main process makes before keeping one.
 */
export async function checkBackupArchive(archive: Blob): Promise<BackupCheck> {
  const opened = await openJournalArchive({ size: archive.size, read: async (offset, length) => new Uint8Array(await archive.slice(offset, offset + length).arrayBuffer()) }, webHasher);
  if (!opened.ok) return { ok: false, reason: 'damaged', message: `The backup did not read back as written (${opened.problem.kind})` };
  return countCases(new TextDecoder().decode(opened.archive.journalBytes));
}

/** How many cases an export holds; the same check the main process makes before writing one. */
function countCases(text: string): BackupCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notAJournal', message: 'The backup was refused: it is not valid JSON' };
  }
  const cases = (value as { format?: unknown; cases?: unknown } | null)?.cases;
  if ((value as { format?: unknown } | null)?.format !== 'cancellation-journal' || !Array.isArray(cases)) {
    return { ok: false, reason: 'notAJournal', message: 'The backup was refused: it is not a Cancellation Journal export' };
  }
  return { ok: true, caseCount: cases.length };
}
