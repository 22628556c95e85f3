import { join } from 'node:path';
import { app, BrowserWindow, protocol, session } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { serveAppAsset } from './appAssets';
import { createMainWindow } from './mainWindow';
import { guardSession, guardWebContents } from './webSecurity';
import { setupIpc } from './ipcHandlers';
import { setupApplicationMenu } from './applicationMenu';

// Tests point the app at a throw-away profile so each run starts with an empty journal.
if (process.env.CANCELLATION_JOURNAL_USER_DATA) {
  app.setPath('userData', process.env.CANCELLATION_JOURNAL_USER_DATA);
}

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

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
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devServerUrl));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    const rendererDir = join(__dirname, '../renderer');
    protocol.handle(APP_SCHEME, (request) => serveAppAsset(rendererDir, request.url));
    guardSession(session.defaultSession, devServerUrl);
    setupIpc(devServerUrl);
    setupApplicationMenu();
    const open = async () => {
      mainWindow = await createMainWindow({
        stateFile: join(app.getPath('userData'), 'window-state.json'),
        devServerUrl,
      });
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    };
    await open();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void open();
    });
  });
}
