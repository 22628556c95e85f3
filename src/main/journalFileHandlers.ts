import { dialog } from 'electron';
import { IpcChannel } from '@shared/ipc/channels';
import { MAX_JOURNAL_FILE_BYTES } from '@shared/journalFile/readJournalFile';
import { reportFooterTemplate, reportMarginsInches } from '@shared/reportFooter';
import type { IpcHandlers } from './ipcDispatch';
import { writeFileAtomically } from './files/atomicWrite';
import { readFileWithin } from './files/readLimitedFile';
import { ArchiveFiles, looksLikeZip } from './files/archiveFiles';
import { ownerOf } from './archiveOwners';
import { ArchiveJobs } from '@shared/archiveJobs';
import type { AttachmentStore } from './files/attachmentStore';
import { unpackArchiveSource, writeArchiveFromStore } from './files/archiveFromStore';
import { askWhereToSave, saveWhereTheUserSays, windowOf } from './saveWhereTheUserSays';

type Handlers = Pick<
  IpcHandlers,
  | typeof IpcChannel.saveJournalJson
  | typeof IpcChannel.openJournalFile
  | typeof IpcChannel.saveReportPdf
  | typeof IpcChannel.abortArchiveExport
  | typeof IpcChannel.readArchive
  | typeof IpcChannel.closeArchive
>;


/** Every file the journal reads or writes goes through these: dialogs, limits, atomic writes. */
export function journalFileHandlers(archives: ArchiveFiles = new ArchiveFiles()): Handlers {
  return {
    [IpcChannel.saveJournalJson]: ({ suggestedName, contents }, sender) =>
      saveWhereTheUserSays(sender, suggestedName, { name: 'Cancellation Journal (JSON)', extensions: ['json'] }, contents),

    [IpcChannel.openJournalFile]: async (_request, sender) => {
      const options = {
        properties: ['openFile' as const],
        filters: [
          { name: 'Cancellation Journal (JSON or archive)', extensions: ['json', 'zip'] },
          { name: 'Cancellation Journal archive', extensions: ['zip'] },
          { name: 'Cancellation Journal (JSON)', extensions: ['json'] },
        ],
      };
      const parent = windowOf(sender);
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const [path] = result.filePaths;
      if (result.canceled || !path) return { status: 'canceled' };
      // Told apart by their bytes, not their names: an archive is read in pieces, a JSON file whole.
      if (await looksLikeZip(path)) return { status: 'archive', ...(await archives.openForReading(path, ownerOf(sender))) };
      return readFileWithin(path, MAX_JOURNAL_FILE_BYTES);
    },

    [IpcChannel.abortArchiveExport]: async ({ exportId }) => {
      await archives.abortExport(exportId);
      return undefined;
    },
    [IpcChannel.readArchive]: ({ archiveId, offset, length }) => archives.read(archiveId, offset, length),
    [IpcChannel.closeArchive]: async ({ archiveId }) => {
      await archives.close(archiveId);
      return undefined;
    },

    // The renderer shows the report view; Chromium prints that page, exactly as the user sees it.
    [IpcChannel.saveReportPdf]: async ({ suggestedName, paperSize, footer, language }, sender) => {
      const path = await askWhereToSave(sender, suggestedName, { name: 'PDF', extensions: ['pdf'] });
      if (!path) return { status: 'canceled' };
      const pdf = await sender.printToPDF({
        pageSize: paperSize,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: reportFooterTemplate(footer, language),
        margins: reportMarginsInches,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      await writeFileAtomically(path, pdf);
      return { status: 'saved', path };
    },
  };
}

type ArchiveStoreHandlers = Pick<
  IpcHandlers,
  typeof IpcChannel.exportArchiveFromFiles | typeof IpcChannel.unpackArchiveToFiles | typeof IpcChannel.archiveJobProgress | typeof IpcChannel.cancelArchiveJob
>;

/**
 * The desktop path of archives (attachment bytes as files): main writes an export's zip itself from
 * the attachment files, and checks and unpacks an opened archive straight into them. The window
 * sends only journal.json (made from its records) and receives only journal.json back (to write
 * records from); no attachment byte crosses the bridge. While main works, the window asks how far
 * it has got and may cancel (by the job id it gave): a cancelled export leaves no file, a cancelled
 * import no attachment file it had added.
 */
export function archiveStoreHandlers(archives: ArchiveFiles, store: AttachmentStore, jobs: ArchiveJobs = new ArchiveJobs()): ArchiveStoreHandlers {
  return {
    // Followed from before the dialog, so a Cancel while it is open is not lost.
    [IpcChannel.exportArchiveFromFiles]: ({ suggestedName, journal, attachments, jobId }, sender) =>
      jobs.run(ownerOf(sender), jobId, async (job) => {
        const path = await askWhereToSave(sender, suggestedName, { name: 'Zip', extensions: ['zip'] });
        if (!path || job.signal.aborted) return { status: 'canceled' as const };
        await writeArchiveFromStore(path, journal, attachments, store, { signal: job.signal, onProgress: job.onProgress });
        return { status: 'saved' as const, path };
      }),
    [IpcChannel.unpackArchiveToFiles]: ({ archiveId, jobId }, sender) =>
      jobs.run(ownerOf(sender), jobId, async (job) => {
        const unpacked = await unpackArchiveSource(archives.sourceOf(archiveId), store, { signal: job.signal, onProgress: job.onProgress });
        if (!unpacked.ok) return { status: 'refused' as const, problem: unpacked.problem };
        return {
          status: 'unpacked' as const,
          journal: unpacked.journalBytes as Uint8Array<ArrayBuffer>,
          attachments: [...unpacked.attachments].map(([sha256, size]) => ({ sha256, size })),
        };
      }),
    [IpcChannel.archiveJobProgress]: ({ jobId }, sender) => jobs.progressOf(ownerOf(sender), jobId),
    [IpcChannel.cancelArchiveJob]: ({ jobId }, sender) => {
      jobs.cancel(ownerOf(sender), jobId);
      return undefined;
    },
  };
}
