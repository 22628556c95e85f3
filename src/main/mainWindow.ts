import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import { initialBounds, loadWindowState, saveWindowState, type WindowState } from './windowState';
import { APP_ENTRY_URL } from './appOrigin';
import { secureWebPreferences } from './webPreferences';

/** Opens the journal window where it was last closed, and keeps remembering where that is. */
export async function createMainWindow(options: {
  stateFile: string;
  devServerUrl: string | undefined;
}): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.stateFile);
  const window = new BrowserWindow({
    ...initialBounds(saved, screen.getAllDisplays().map((display) => display.workArea)),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Cancellation Journal',
    backgroundColor: '#00000000',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.isDestroyed() || window.isMinimized()) return;
      const bounds = window.getNormalBounds();
      const state: WindowState = {
        x: Math.round(bounds.x),
        y: Math.round(bounds.y),
        width: Math.max(400, Math.round(bounds.width)),
        height: Math.max(300, Math.round(bounds.height)),
        maximized: window.isMaximized(),
      };
      void saveWindowState(options.stateFile, state);
    }, 400);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'close'] as const) {
    window.on(event as 'resize', remember);
  }

  await window.loadURL(options.devServerUrl ?? APP_ENTRY_URL);
  return window;
}
