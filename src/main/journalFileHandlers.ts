import { BrowserWindow, app, dialog, type WebContents } from 'electron';
import { join } from 'node:path';
import { IpcChannel } from '@shared/ipc/channels';
import { MAX_JOURNAL_FILE_BYTES } from '@shared/journalFile/readJournalFile';
import { reportFooterTemplate, reportMarginsInches } from '@shared/reportFooter';
import type { IpcHandlers } from './ipcDispatch';
import { writeFileAtomically } from './files/atomicWrite';
import { readFileWithin } from './files/readLimitedFile';

type Handlers = Pick<IpcHandlers, typeof IpcChannel.saveJournalJson | typeof IpcChannel.openJournalJson | typeof IpcChannel.saveReportPdf>;

function windowOf(sender: unknown): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(sender as WebContents) ?? undefined;
}

async function askWhereToSave(sender: unknown, suggestedName: string, filter: { name: string; extensions: string[] }) {
  const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [filter] };
  const parent = windowOf(sender);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Every file the journal reads or writes goes through these: dialogs, limits, atomic writes. */
export function journalFileHandlers(): Handlers {
  return {
    [IpcChannel.saveJournalJson]: async ({ suggestedName, contents }, sender) => {
      const path = await askWhereToSave(sender, suggestedName, { name: 'Cancellation Journal (JSON)', extensions: ['json'] });
      if (!path) return { status: 'canceled' };
      await writeFileAtomically(path, contents);
      return { status: 'saved', path };
    },

    [IpcChannel.openJournalJson]: async (_request, sender) => {
      const options = {
        properties: ['openFile' as const],
        filters: [{ name: 'Cancellation Journal (JSON)', extensions: ['json'] }],
      };
      const parent = windowOf(sender);
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const [path] = result.filePaths;
      if (result.canceled || !path) return { status: 'canceled' };
      return readFileWithin(path, MAX_JOURNAL_FILE_BYTES);
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
