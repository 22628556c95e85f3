import type { IpcRequest, IpcResponse } from '@shared/ipc/contract';
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
export function browserArchiveFiles(files: AttachmentFiles) {
  // The export or import under way, by the job id the page gave: how far it has got, and its Cancel.
  const jobs = new Map<string, { stop: AbortController; done: number; total: number }>();
  const follow = (jobId: string | undefined) => {
    const job = { stop: new AbortController(), done: 0, total: 0 };
    if (jobId !== undefined) jobs.set(jobId, job);
    return {
      signal: job.stop.signal,
      onProgress: (done: number, total: number) => {
        job.done = done;
        job.total = total;
      },
      end: () => {
        if (jobId !== undefined && jobs.get(jobId) === job) jobs.delete(jobId);
      },
    };
  };
  return {
    progressOf(jobId: string): IpcResponse<typeof IpcChannel.archiveJobProgress> {
      const job = jobs.get(jobId);
      return job ? { done: job.done, total: job.total } : null;
    },
    cancel(jobId: string): void {
      jobs.get(jobId)?.stop.abort(new DOMException('The archive job was cancelled', 'AbortError'));
    },

    async exportFromFiles(request: IpcRequest<typeof IpcChannel.exportArchiveFromFiles>): Promise<IpcResponse<typeof IpcChannel.exportArchiveFromFiles>> {
      const job = follow(request.jobId);
      try {
        return await this.exportFollowed(request, job);
      } catch (error) {
        if (job.signal.aborted) return { status: 'canceled' };
        throw error;
      } finally {
        job.end();
      }
    },

    async exportFollowed(
      { suggestedName, journal, attachments }: IpcRequest<typeof IpcChannel.exportArchiveFromFiles>,
      controls: { signal: AbortSignal; onProgress: (done: number, total: number) => void },
    ): Promise<IpcResponse<typeof IpcChannel.exportArchiveFromFiles>> {
      const opened = await browserArchives.beginExport(suggestedName);
      await this.writeInto(opened.exportId, journal, attachments, controls);
      return browserArchives.finishExport(opened.exportId);
    },

    /**
     * Fills an archive begun in the browser's export files (an export, a backup) from journal.json
     * and the attachment files; a failure removes it.
     */
    async writeInto(
      exportId: string,
      journal: Uint8Array,
      attachments: readonly { name: string; sha256: string; size: number }[],
      { signal, onProgress }: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {},
    ): Promise<void> {
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
    },

    async unpackToFiles({ archiveId, jobId }: IpcRequest<typeof IpcChannel.unpackArchiveToFiles>): Promise<IpcResponse<typeof IpcChannel.unpackArchiveToFiles>> {
      const job = follow(jobId);
      try {
        return await this.unpackFollowed(archiveId, job);
      } catch (error) {
        if (job.signal.aborted) return { status: 'canceled' };
        throw error;
      } finally {
        job.end();
      }
    },

    async unpackFollowed(
      archiveId: string,
      { signal, onProgress }: { signal: AbortSignal; onProgress: (done: number, total: number) => void },
    ): Promise<IpcResponse<typeof IpcChannel.unpackArchiveToFiles>> {
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
    },
  };
}
