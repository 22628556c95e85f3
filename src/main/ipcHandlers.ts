import { join } from 'node:path';
import { BrowserWindow, app, ipcMain, shell, type WebContents } from 'electron';
import { IpcChannel, type IpcChannelName } from '@shared/ipc/channels';
import { settleIpc } from '@shared/ipc/envelope';
import type { TemplateLanguage } from '@shared/domain/caseVocabulary';
import { dispatchIpc, type IpcHandlers } from './ipcDispatch';
import { isAppUrl } from './appOrigin';
import { archiveStoreHandlers, journalFileHandlers } from './journalFileHandlers';
import { attachmentFileHandlers, attachmentStoreHandlers } from './attachmentFileHandlers';
import { AttachmentStore } from './files/attachmentStore';
import { backupHandlers } from './backupHandlers';
import { ArchiveFiles } from './files/archiveFiles';
import { ArchiveJobs } from '@shared/archiveJobs';
import { externalLinkOpener } from './externalLinks';
import { systemLanguagesOf } from './appIdentity';
import { calendarFileHandlers } from './calendarFileHandlers';
import { backgroundSettingsHandlers, type BackgroundRunner } from './backgroundRunner';
import { reminderHandlers } from './reminders/reminderHandlers';
import { deadlineExportHandlers, type DeadlineExportAsk } from './askPage';
import type { ReminderScheduler } from './reminders/reminderScheduler';
import type { CaseOpener } from './reminders/openCaseFromReminder';

/**
 * One place that wires every channel; each feature contributes its handlers. Every handler answers
 * with an IpcReply (src/shared/ipc/envelope.ts): an error reaches the page as its own message, not
 * wrapped in Electron's "Error invoking remote method".
 */
export function setupIpc(
  devServerUrl: string | undefined,
  onInterfaceLanguage: (language: TemplateLanguage) => void,
  background: BackgroundRunner,
  reminders: ReminderScheduler,
  caseOpener: CaseOpener,
  deadlineExportAsk: DeadlineExportAsk,
): void {
  let language: TemplateLanguage = 'en';
  const openLink = externalLinkOpener({ openExternal: (url) => shell.openExternal(url), language: () => language });
  // The archive files main holds for windows (backups being written, archives being imported), and its archive jobs.
  const archives = new ArchiveFiles();
  const archiveJobs = new ArchiveJobs();
  releaseArchivesOf(archives, archiveJobs);
  const attachmentStore = new AttachmentStore(join(app.getPath('userData'), 'attachments'));
  const handlers: IpcHandlers = {
    [IpcChannel.getAppInfo]: () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      systemLanguages: systemLanguagesOf(app),
      dataFolder: { kind: 'folder', path: app.getPath('userData') },
    }),
    [IpcChannel.setInterfaceLanguage]: (request) => {
      language = request.language;
      onInterfaceLanguage(request.language);
      return undefined;
    },
    [IpcChannel.openExternal]: async ({ url }, sender) => {
      const window = BrowserWindow.fromWebContents(sender as WebContents);
      await openLink(url, window?.isFocused() === true);
      return undefined;
    },
    ...journalFileHandlers(archives),
    ...attachmentFileHandlers(),
    // Attachment bytes as files of their own, beside the database: `<userData>/attachments/ab/abcdef….bin`.
    ...attachmentStoreHandlers(attachmentStore),
    ...archiveStoreHandlers(archives, attachmentStore, archiveJobs),
    ...calendarFileHandlers(),
    ...backgroundSettingsHandlers(background),
    ...backupHandlers(join(app.getPath('userData'), 'backups'), {
      outcomesFile: join(app.getPath('userData'), 'backup-status.json'),
      archives,
      store: attachmentStore,
    }),
    ...reminderHandlers(reminders, caseOpener),
    ...deadlineExportHandlers(deadlineExportAsk),
  };
  const isTrustedFrame = (url: string) => isAppUrl(url, devServerUrl);
  for (const channel of Object.values(IpcChannel) as IpcChannelName[]) {
    ipcMain.handle(channel, settleIpc(dispatchIpc(channel, handlers, isTrustedFrame)));
  }
}

/**
 * A window that goes away (closed, or its renderer crashed or was killed) cannot finish or cancel
 * what it had open: its unfinished archives are removed (the file it would have replaced stays as it
 * was), the archives it was reading are closed, and the archive work main was doing for it stops.
 */
function releaseArchivesOf(archives: ArchiveFiles, jobs: ArchiveJobs): void {
  app.on('web-contents-created', (_event, contents) => {
    const owner = contents.id;
    const release = () => {
      jobs.releaseOwner(owner);
      void archives.releaseOwner(owner).catch((error: unknown) => console.error('Letting go of a window’s archives failed', error));
    };
    contents.on('render-process-gone', release);
    contents.once('destroyed', release);
  });
}
