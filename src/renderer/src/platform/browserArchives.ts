import type { OpenJournalResult, SaveResult } from '@shared/ipc/contract';
import { MAX_JOURNAL_FILE_BYTES } from '@shared/journalFile/journalFileLimits';
import { downloadBlob } from './browserFiles';

/**
 * What the main process does with archives, done in a browser: an export gathers its pieces as
 * Blobs (which the browser keeps on disk when they grow) and is downloaded whole at the end; a
 * picked archive is read in slices of the File, never whole.
 */
const exports = new Map<string, { name: string; parts: Blob[] }>();
const archives = new Map<string, File>();

const zipMagic = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));

export const browserArchives = {
  beginExport(suggestedName: string): { status: 'opened'; exportId: string } {
    const exportId = crypto.randomUUID();
    exports.set(exportId, { name: suggestedName, parts: [] });
    return { status: 'opened', exportId };
  },
  writePiece(exportId: string, bytes: Uint8Array): void {
    const export_ = exports.get(exportId);
    if (!export_) throw new Error('This archive is no longer open; start again');
    export_.parts.push(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  },
  finishExport(exportId: string): SaveResult {
    const export_ = exports.get(exportId);
    if (!export_) throw new Error('This archive is no longer open; start again');
    exports.delete(exportId);
    downloadBlob(export_.name, new Blob(export_.parts, { type: 'application/zip' }));
    return { status: 'saved', path: export_.name };
  },
  abortExport(exportId: string): void {
    exports.delete(exportId);
  },
  async read(archiveId: string, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
    const file = archives.get(archiveId);
    if (!file) throw new Error('This archive is no longer open; start again');
    return new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
  },
  close(archiveId: string): void {
    archives.delete(archiveId);
  },
  /** A picked file: an archive (by its first bytes) is kept to be read in slices; JSON is read whole, within its limit. */
  async open(file: File): Promise<OpenJournalResult> {
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    if (zipMagic(head)) {
      const archiveId = crypto.randomUUID();
      archives.set(archiveId, file);
      return { status: 'archive', name: file.name, archiveId, size: file.size };
    }
    if (file.size > MAX_JOURNAL_FILE_BYTES) return { status: 'tooLarge', name: file.name, size: file.size, limit: MAX_JOURNAL_FILE_BYTES };
    return { status: 'opened', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  },
};
