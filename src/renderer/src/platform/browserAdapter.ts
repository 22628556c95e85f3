import { IpcChannel, type IpcChannelName } from '@shared/ipc/channels';
import type { IpcRequest, IpcResponse, JournalBridge } from '@shared/ipc/contract';
import { browserBackups } from './browserBackups';
import { downloadFile, pickAttachmentFile, pickJournalFile } from './browserFiles';
import { browserArchives } from './browserArchives';
import { browserAttachmentFiles } from './browserAttachmentFiles';
import { browserArchiveFiles } from './browserArchiveFiles';
import type { browserReminders } from './browserReminders';

type Handlers = { [C in IpcChannelName]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> };

/**
 * Stands in for the preload bridge when the renderer runs in a plain browser (the end-to-end
 * tests, a web preview): what the main process does for files and the OS, done with web APIs.
 */
export function browserAdapter(reminders: ReturnType<typeof browserReminders>): JournalBridge {
  const attachmentFiles = browserAttachmentFiles();
  const archiveFiles = browserArchiveFiles(attachmentFiles);
  const handlers: Handlers = {
    [IpcChannel.getAppInfo]: async () => ({
      name: 'Cancellation Journal',
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      platform: 'web',
      systemLanguages: [...navigator.languages],
      dataFolder: { kind: 'browser' },
    }),
    // The browser words its own menus.
    [IpcChannel.setInterfaceLanguage]: async () => undefined,
    [IpcChannel.openExternal]: async ({ url }) => {
      window.open(url, '_blank', 'noopener,noreferrer');
      return undefined;
    },
    [IpcChannel.saveJournalJson]: async ({ suggestedName, contents }) => {
      downloadFile(suggestedName, contents, 'application/json');
      return { status: 'saved', path: suggestedName };
    },
    [IpcChannel.openJournalFile]: pickJournalFile,
    [IpcChannel.abortArchiveExport]: async ({ exportId }) => {
      await browserArchives.abortExport(exportId);
      return undefined;
    },
    [IpcChannel.readArchive]: ({ archiveId, offset, length }) => browserArchives.read(archiveId, offset, length),
    [IpcChannel.closeArchive]: async ({ archiveId }) => {
      browserArchives.close(archiveId);
      return undefined;
    },
    // The same report view, printed by the browser's own dialog (where "Save as PDF" lives).
    [IpcChannel.saveReportPdf]: async () => {
      window.print();
      return { status: 'printed' };
    },
    [IpcChannel.openAttachmentFile]: pickAttachmentFile,
    [IpcChannel.storeAttachmentBytes]: ({ sha256, bytes }) => attachmentFiles.put(sha256, bytes),
    [IpcChannel.readAttachmentBytes]: ({ sha256 }) => attachmentFiles.read(sha256),
    [IpcChannel.saveStoredAttachmentCopy]: ({ sha256, suggestedName }) => attachmentFiles.saveCopy(sha256, suggestedName),
    [IpcChannel.collectAttachmentGarbage]: ({ named }) => attachmentFiles.collectGarbage(named),
    [IpcChannel.exportArchiveFromFiles]: (request) => archiveFiles.exportFromFiles(request),
    [IpcChannel.unpackArchiveToFiles]: (request) => archiveFiles.unpackToFiles(request),
    [IpcChannel.archiveJobProgress]: async ({ jobId }) => archiveFiles.progressOf(jobId),
    [IpcChannel.cancelArchiveJob]: async ({ jobId }) => {
      archiveFiles.cancel(jobId);
      return undefined;
    },
    [IpcChannel.backupStatus]: () => browserBackups.status(),
    [IpcChannel.beginBackup]: () => browserBackups.begin(),
    [IpcChannel.writeBackupFromFiles]: async ({ exportId, journal, attachments }) => {
      await archiveFiles.writeInto(exportId, journal, attachments);
      return undefined;
    },
    [IpcChannel.finishBackup]: ({ exportId }) => browserBackups.finish(exportId),
    [IpcChannel.readBackup]: ({ name }) => browserBackups.read(name),
    [IpcChannel.recordBackupFailure]: async ({ detail }) => {
      browserBackups.recordFailure(detail);
      return undefined;
    },
    [IpcChannel.saveCalendarFile]: async ({ suggestedName, contents }) => {
      downloadFile(suggestedName, contents, 'text/calendar');
      return { status: 'saved', path: suggestedName };
    },
    // A page has no tray and no login item; the browser build does not offer these settings at all.
    [IpcChannel.getBackgroundSettings]: async () => ({ keepRunningInTray: false, openAtLogin: false, openAtLoginSupported: false }),
    [IpcChannel.setBackgroundSettings]: async () => {
      throw new Error('A browser page cannot keep running in the tray or open at login');
    },
    [IpcChannel.scheduleReminders]: async (schedule) => {
      reminders.schedule(schedule);
      return undefined;
    },
    // An in-app reminder opens its case itself: no case ever waits outside the page.
    [IpcChannel.takeCaseToOpen]: async () => null,
    [IpcChannel.takeDeadlineExportAsk]: async () => false,
  };
  return {
    invoke: (channel, request) => (handlers[channel] as (request: unknown) => Promise<never>)(request),
    // A reminder shown inside the page opens its case itself; nothing outside the page asks to.
    onOpenCase: () => () => undefined,
    // A browser page has no application menu: the list's button is the way.
    onExportAllDeadlines: () => () => undefined,
  };
}
