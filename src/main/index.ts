import { join } from 'node:path';
import { app, BrowserWindow, dialog, protocol, session } from 'electron';
import type { TemplateLanguage } from '@shared/domain/caseVocabulary';
import { APP_SCHEME, devServerUrlFrom } from './appOrigin';
import { serveAppAsset } from './appAssets';
import { createMainWindow } from './mainWindow';
import { guardSession, guardWebContents } from './webSecurity';
import { setupIpc } from './ipcHandlers';
import { setupApplicationMenu } from './applicationMenu';
import { askPageToExportDeadlines } from './askPage';
import { applyDataFolderOverride } from './dataFolder';
import { applyAppIdentity } from './appIdentity';
import { configureSpellcheck } from './spellcheck';
import { WindowKeeper } from './windowKeeper';
import { BackgroundRunner } from './backgroundRunner';
import { createAppTray } from './appTray';
import { ReminderScheduler } from './reminders/reminderScheduler';
import { reminderFile } from './reminders/reminderFile';
import { systemNotifications } from './reminders/systemNotifications';
import { openCaseFromReminder } from './reminders/openCaseFromReminder';
import { applyEngineFlags } from './engineFlags';

// Tests point an unpackaged app at a throw-away profile so each run starts with an empty journal.
applyDataFolderOverride(app, process.env);
applyAppIdentity(app, process.platform);
applyEngineFlags(app);

const devServerUrl = devServerUrlFrom(process.env.ELECTRON_RENDERER_URL, app.isPackaged);

// Must happen before `ready`: without these privileges IndexedDB is not available to app:// pages.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let interfaceLanguage: TemplateLanguage = 'en';
  const rendererDir = join(__dirname, '../renderer');
  // Read before any window: whether closing it hides it to the tray, and whether this start is the
  // login item's. The tray can be made only once the app is ready, so the file is read then.
  const background = app.whenReady().then(() =>
    BackgroundRunner.start({
      file: join(app.getPath('userData'), 'background-settings.json'),
      platform: process.platform,
      makeTray: (language, actions) => createAppTray(rendererDir, language, actions),
      openWindow: () => void mainWindow.bringToFront(),
    }),
  );
  let startHidden: boolean | null = null;
  const mainWindow = new WindowKeeper(async () => {
    const runner = await background;
    // Only the first window of a start at login stays hidden; one opened later from the tray shows.
    const hidden = startHidden ?? runner.startsHidden(process.argv);
    startHidden = false;
    return createMainWindow({
      stateFile: join(app.getPath('userData'), 'window-state.json'),
      devServerUrl,
      language: () => interfaceLanguage,
      closing: () => runner.closing(),
      startHidden: hidden,
      onSessionEnd: () => runner.markQuitting(),
    });
  });

  let shellReady: Promise<void> = Promise.resolve();

  // Someone started the app again: bring this one forward — also while it is still starting.
  app.on('second-instance', () => {
    // Kept in the tray, the window is hidden on purpose: starting the app again shows it.
    void shellReady.then(() => mainWindow.bringToFront());
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devServerUrl));

  app.on('window-all-closed', () => {
    void background.then((runner) => {
      if (runner.quitsWhenWindowsClose()) app.quit();
    });
  });

  shellReady = app.whenReady().then(async () => {
    const runner = await background;
    protocol.handle(APP_SCHEME, (request) => serveAppAsset(rendererDir, request.url));
    guardSession(session.defaultSession, devServerUrl);
    configureSpellcheck(session.defaultSession, process.platform);
    // A clicked reminder shows the window even when it is hidden in the tray: the user asked for it.
    const openCase = openCaseFromReminder(() => mainWindow.bringToFront());
    const reminders = new ReminderScheduler({
      clock: {
        now: () => new Date(),
        after: (ms, callback) => {
          const timer = setTimeout(callback, ms);
          return () => clearTimeout(timer);
        },
      },
      store: reminderFile(join(app.getPath('userData'), 'reminders.json')),
      show: systemNotifications((caseId) => void openCase.open(caseId).catch((error: unknown) => console.error('Opening a reminder’s case failed', error))),
      onError: (error) => console.error('The reminders could not be kept', error),
    });
    void reminders.start();
    const deadlineExportAsk = askPageToExportDeadlines(() => mainWindow.bringToFront());
    const menu = setupApplicationMenu({
      exportAllDeadlines: () => void deadlineExportAsk.ask().catch((error: unknown) => console.error('Asking the page to export the deadlines failed', error)),
    });
    setupIpc(
      devServerUrl,
      (language) => {
        interfaceLanguage = language;
        runner.setLanguage(language);
        menu.relabel(language);
      },
      runner,
      reminders,
      openCase,
      deadlineExportAsk,
    );
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void mainWindow.open();
      // The Dock icon of an app kept in the tray brings back its hidden window.
      else if (runner.state.keepRunningInTray) void mainWindow.bringToFront();
    });
  });
  // A start-up that cannot make its window says so and ends, rather than hold the lock unseen.
  shellReady
    .then(() => mainWindow.open())
    .catch((error: unknown) => {
      dialog.showErrorBox('Cancellation Journal could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    });
}
