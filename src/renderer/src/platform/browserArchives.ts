import type { OpenJournalResult, SaveResult } from '@shared/ipc/contract';
import { MAX_JOURNAL_FILE_BYTES } from '@shared/journalFile/journalFileLimits';
import { downloadBlob } from './browserFiles';

/**
 * What the main process does with archives, done in a browser. An export is written piece by piece
 * into a file of the origin's private file system (OPFS) and downloaded from there, so however large
 * it is, neither the page nor the browser process holds it: Blobs gathered in memory would sit in the
 * browser process until the download. (Where OPFS is missing, the pieces are gathered as Blobs.) A
 * picked archive is read in slices of the File, never whole.
 */
interface ArchiveExportFile {
  name: string;
  purpose: 'export' | 'backup';
  write(bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  /** The whole archive, as a Blob the browser reads from where it is kept. */
  finish(): Promise<Blob>;
  abort(): Promise<void>;
  /** Gives back what the export took, once the download no longer reads it. */
  release(): Promise<void>;
}

const exports = new Map<string, ArchiveExportFile>();
const archives = new Map<string, Blob>();
/** OPFS files of exports, named so that leftovers of an earlier session are known for what they are. */
const opfsPrefix = 'archive-export-';
/** Long enough for the browser to have taken a large archive from its file or Blob. */
const downloadGraceMs = 60_000;

const zipMagic = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));

async function opfsExport(name: string, exportId: string): Promise<ArchiveExportFile | null> {
  let folder: FileSystemDirectoryHandle;
  try {
    folder = await navigator.storage.getDirectory();
  } catch {
    return null;
  }
  // Exports of an earlier session that were downloaded (or abandoned) long ago.
  for await (const [entry] of folder as unknown as AsyncIterable<[string, FileSystemHandle]>) {
    if (entry.startsWith(opfsPrefix) && ![...exports.keys()].some((id) => entry === `${opfsPrefix}${id}`)) {
      await folder.removeEntry(entry).catch(() => undefined);
    }
  }
  const fileName = `${opfsPrefix}${exportId}`;
  const handle = await folder.getFileHandle(fileName, { create: true });
  const writable = await handle.createWritable();
  const remove = () => folder.removeEntry(fileName).catch(() => undefined);
  return {
    name,
    purpose: 'export',
    write: (bytes) => writable.write(bytes),
    finish: async () => {
      await writable.close();
      return handle.getFile();
    },
    abort: async () => {
      await writable.abort().catch(() => undefined);
      await remove();
    },
    release: remove,
  };
}

function blobExport(name: string, purpose: 'export' | 'backup' = 'export'): ArchiveExportFile {
  const parts: Blob[] = [];
  return {
    name,
    purpose,
    write: async (bytes) => void parts.push(new Blob([bytes])),
    finish: async () => new Blob(parts, { type: 'application/zip' }),
    abort: async () => void parts.splice(0),
    release: async () => undefined,
  };
}

export const browserArchives = {
  async beginExport(suggestedName: string): Promise<{ status: 'opened'; exportId: string }> {
    const exportId = crypto.randomUUID();
    const file = typeof navigator.storage?.getDirectory === 'function' ? await opfsExport(suggestedName, exportId) : null;
    exports.set(exportId, file ?? blobExport(suggestedName));
    return { status: 'opened', exportId };
  },
  async writePiece(exportId: string, bytes: Uint8Array): Promise<void> {
    const export_ = exports.get(exportId);
    if (!export_) throw new Error('This archive is no longer open; start again');
    await export_.write(bytes as Uint8Array<ArrayBuffer>);
  },
  async finishExport(exportId: string): Promise<SaveResult> {
    const export_ = exports.get(exportId);
    if (!export_ || export_.purpose !== 'export') throw new Error('This archive is no longer open; start again');
    const archive = await export_.finish();
    downloadBlob(export_.name, archive.type ? archive : new Blob([archive], { type: 'application/zip' }));
    setTimeout(() => {
      exports.delete(exportId);
      void export_.release();
    }, downloadGraceMs);
    return { status: 'saved', path: export_.name };
  },
  /** A backup's archive: gathered as Blobs (the browser build's backups live in its own database), never downloaded. */
  beginBackup(): string {
    const exportId = crypto.randomUUID();
    exports.set(exportId, blobExport('backup.zip', 'backup'));
    return exportId;
  },
  /** The finished backup archive, handed back to be checked and kept. */
  async takeBackup(exportId: string): Promise<Blob> {
    const export_ = exports.get(exportId);
    if (!export_ || export_.purpose !== 'backup') throw new Error('This archive is no longer open; start again');
    exports.delete(exportId);
    return export_.finish();
  },
  /** Backups begun and never finished (the page went away before; or one is being replaced). */
  openBackups(): string[] {
    return [...exports].filter(([, export_]) => export_.purpose === 'backup').map(([id]) => id);
  },
  /** A stored archive (a backup) opened to be read in slices, as a picked one is. */
  openBlob(name: string, blob: Blob): { name: string; archiveId: string; size: number } {
    const archiveId = crypto.randomUUID();
    archives.set(archiveId, blob);
    return { name, archiveId, size: blob.size };
  },
  async abortExport(exportId: string): Promise<void> {
    const export_ = exports.get(exportId);
    exports.delete(exportId);
    await export_?.abort();
  },
  async read(archiveId: string, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
    const file = archives.get(archiveId);
    if (!file) throw new Error('This archive is no longer open; start again');
    return new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
  },
  /** The size of an opened archive (to read it at any offset). */
  sizeOf(archiveId: string): number {
    const file = archives.get(archiveId);
    if (!file) throw new Error('This archive is no longer open; start again');
    return file.size;
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
