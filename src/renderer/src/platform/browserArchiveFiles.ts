import type { IpcRequest, IpcResponse } from '@shared/ipc/contract';
import { ArchiveJobs } from '@shared/archiveJobs';
import type { IpcChannel } from '@shared/ipc/channels';
import type { AttachmentBytes } from '@shared/journalArchive/writeJournalArchive';
import { browserArchives } from './browserArchives';
import type { browserAttachmentFiles } from './browserAttachmentFiles';

type AttachmentFiles = ReturnType<typeof browserAttachmentFiles>;

/**
 * The browser build's stand-in for main's archive channels over attachment files: the page's code
 * does what main does on the desktop, with the attachment files in OPFS and zip.js streams — the
 * export written in pieces into the browser's export file and downloaded, the import checked whole
 * with every attachment written to OPFS as it is checked (and removed again if the archive is refused).
 */
type Following = { signal?: AbortSignal; onProgress?: (done: number, total: number) => void };

export function browserArchiveFiles(files: AttachmentFiles) {
  // The export or import under way, by the job id the page gave: how far it has got, and its Cancel.
  const jobs = new ArchiveJobs();

  /**
   * Fills an archive begun in the browser's export files (an export, a backup) from journal.json
   * and the attachment files; a failure removes it.
   */
  async function writeInto(exportId: string, journal: Uint8Array, attachments: readonly { name: string; sha256: string; size: number }[], { signal, onProgress }: Following = {}): Promise<void> {
    const distinct = [...new Map(attachments.map((attachment) => [attachment.sha256, attachment] as const)).values()];
    // Loaded when asked for: the zip library never weighs on the first screen.
    const [{ piecesSink, writeJournalArchive }, { webHasher }] = await Promise.all([import('@shared/journalArchive/writeJournalArchive'), import('@shared/journalArchive/hashing')]);
    async function* bytesOf(): AsyncGenerator<AttachmentBytes> {
      for (const attachment of distinct) yield { name: attachment.name, sha256: attachment.sha256, bytes: await files.read(attachment.sha256) };
    }
    try {
      const sink = piecesSink((piece) => browserArchives.writePiece(exportId, piece));
      const total = distinct.reduce((sum, attachment) => sum + attachment.size, 0);
      await writeJournalArchive(sink, journal, bytesOf(), total, webHasher, { signal, onProgress });
    } catch (error) {
      await browserArchives.abortExport(exportId);
      throw error;
    }
  }

  async function unpack(archiveId: string, { signal, onProgress }: Following): Promise<IpcResponse<typeof IpcChannel.unpackArchiveToFiles>> {
    const [{ openJournalArchive }, { webHasher }] = await Promise.all([import('@shared/journalArchive/readJournalArchive'), import('@shared/journalArchive/hashing')]);
    const source = { size: browserArchives.sizeOf(archiveId), read: (offset: number, length: number) => browserArchives.read(archiveId, offset, length) };
    const added: string[] = [];
    let succeeded = false;
    try {
      const opened = await openJournalArchive(source, webHasher, {
        signal,
        onProgress,
        keepAttachment: async (sha256, chunks) => {
          const pieces: Uint8Array[] = [];
          for await (const chunk of chunks) pieces.push(chunk.slice());
          // Only once the reader checked size and hash (the loop above ended) is the file written.
          const bytes = new Uint8Array(await new Blob(pieces as Uint8Array<ArrayBuffer>[]).arrayBuffer());
          if ((await files.put(sha256, bytes)).status === 'added') added.push(sha256);
        },
      });
      if (!opened.ok) return { status: 'refused', problem: opened.problem };
      succeeded = true;
      return {
        status: 'unpacked',
        journal: opened.archive.journalBytes as Uint8Array<ArrayBuffer>,
        attachments: [...opened.archive.attachments].map(([sha256, size]) => ({ sha256, size })),
      };
    } finally {
      if (!succeeded) for (const sha256 of added) await files.remove(sha256);
    }
  }

  return {
    writeInto,
    progressOf(jobId: string): IpcResponse<typeof IpcChannel.archiveJobProgress> {
      return jobs.progressOf(null, jobId);
    },
    cancel(jobId: string): void {
      jobs.cancel(null, jobId);
    },
    exportFromFiles({ suggestedName, journal, attachments, jobId }: IpcRequest<typeof IpcChannel.exportArchiveFromFiles>): Promise<IpcResponse<typeof IpcChannel.exportArchiveFromFiles>> {
      return jobs.run(null, jobId, async (following) => {
        const opened = await browserArchives.beginExport(suggestedName);
        await writeInto(opened.exportId, journal, attachments, following);
        return browserArchives.finishExport(opened.exportId);
      });
    },
    unpackToFiles({ archiveId, jobId }: IpcRequest<typeof IpcChannel.unpackArchiveToFiles>): Promise<IpcResponse<typeof IpcChannel.unpackArchiveToFiles>> {
      return jobs.run(null, jobId, (following) => unpack(archiveId, following));
    },
  };
}
