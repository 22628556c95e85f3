import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, nativeTheme, screen, type RenderProcessGoneDetails } from 'electron';
import type { TemplateLanguage } from '@shared/domain/caseVocabulary';
import { initialBounds, loadWindowState, saveWindowState, saveWindowStateSync, windowStateOf } from './windowState';
import { APP_ENTRY_URL } from './appOrigin';
import { attachContextMenu } from './contextMenu';
import { usesSystemSpellchecker } from './spellcheck';

/**
 * The page's own background (styles.css `--bg`, light and dark): what shows while the window is
 * resized or before the first paint. A transparent colour on a window that is not `transparent`
 * shows black instead.
 */
export const windowBackground = { light: '#f6f7f9', dark: '#15181d' } as const;

export function backgroundFor(dark: boolean): string {
  return dark ? windowBackground.dark : windowBackground.light;
}

export interface MainWindowOptions {
  stateFile: string;
  devServerUrl: string | undefined;
  /** The interface's language, as the renderer last reported it: for the right-click menu. */
  language: () => TemplateLanguage;
  /** What closing the window does: close it, or hide it while the app keeps running in the tray. */
  closing: () => 'hide' | 'close';
  /** Started at login to stay in the tray: the window loads but is not shown. */
  startHidden: boolean;
  /**
   * Windows is ending the session (logout, shutdown, restart) — it sends no `before-quit` then, so
   * the app must learn it here that closing the window is quitting, or a window kept in the tray
   * would refuse to close and hold the logout up.
   */
  onSessionEnd: () => void;
}

const recoveryWords: Record<TemplateLanguage, { stopped: string; failed: string; detail: string; reload: string; quit: string }> = {
  en: {
    stopped: 'The journal’s page stopped unexpectedly.',
    failed: 'The journal’s page could not be opened.',
    detail: 'Everything saved before this moment is kept. Reload to continue, or quit.',
    reload: 'Reload',
    quit: 'Quit',
  },
  'zh-CN': {
    stopped: '日志页面意外停止了。',
    failed: '无法打开日志页面。',
    detail: '此前保存的内容都还在。重新加载以继续，或退出。',
    reload: '重新加载',
    quit: '退出',
  },
};

/**
 * Opens the journal window where it was last closed and keeps remembering where that is. The
 * window is returned as soon as it exists, before its page has loaded, so a second instance
 * started meanwhile can bring it forward; it shows itself when its first frame is painted.
 */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.stateFile);
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const primary = screen.getPrimaryDisplay().workArea;
  const bounds = initialBounds(saved, displays, primary);
  // The options are written out here, at the constructor, so that static checkers (Electronegativity)
  // see every security setting of the one window the app has; docs/security.md goes through them.
  const window = new BrowserWindow({
    ...bounds,
    minWidth: Math.min(720, primary.width),
    minHeight: Math.min(480, primary.height),
    show: false,
    title: 'Cancellation Journal',
    backgroundColor: backgroundFor(nativeTheme.shouldUseDarkColors),
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) on a link would otherwise ask for a new window.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // The system's spellchecker on macOS; elsewhere Electron's would download dictionaries.
      spellcheck: usesSystemSpellchecker(process.platform),
    },
  });

  const followTheme = () => {
    if (!window.isDestroyed()) window.setBackgroundColor(backgroundFor(nativeTheme.shouldUseDarkColors));
  };
  nativeTheme.on('updated', followTheme);
  window.once('closed', () => nativeTheme.removeListener('updated', followTheme));

  // Maximising a hidden window shows it at once, unpainted: maximise when the first frame is ready.
  window.once('ready-to-show', () => {
    if (options.startHidden) return;
    if (saved?.maximized) window.maximize();
    window.show();
  });
  // Started hidden (at login, to stay in the tray), it is maximised when it is first shown — from
  // the tray, a reminder, or starting the app again — as the user left it.
  if (options.startHidden && saved?.maximized) window.once('show', () => window.maximize());
  window.on('session-end', options.onSessionEnd);
  // Kept running in the tray: the window hides instead (its place is remembered all the same).
  window.on('close', (event) => {
    if (options.closing() !== 'hide') return;
    event.preventDefault();
    window.hide();
  });

  rememberPlace(window, options.stateFile);
  attachContextMenu(window.webContents, Menu, options.language);
  recoverFromCrashes(window, options);

  const url = options.devServerUrl ?? APP_ENTRY_URL;
  window.loadURL(url).catch((error: unknown) => {
    // The window would otherwise stay hidden for ever, holding the single-instance lock.
    if (!window.isDestroyed()) void offerRecovery(window, url, options.language(), 'failed', String(error));
  });
  return window;
}

/** Saves the window's place a moment after it moves or resizes, and at once when it closes. */
function rememberPlace(window: BrowserWindow, stateFile: string): void {
  let timer: NodeJS.Timeout | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (window.isDestroyed() || window.isMinimized()) return;
      saveWindowState(stateFile, windowStateOf(window)).catch(() => undefined);
    }, 400);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) {
    window.on(event as 'resize', later);
  }
  // `close` comes while the window still exists; once it is destroyed its bounds are gone, so
  // the save happens here and now rather than in a timer.
  window.on('close', () => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isMinimized()) return;
    try {
      saveWindowStateSync(stateFile, windowStateOf(window));
    } catch {
      // A read-only profile only costs the window its remembered place.
    }
  });
}

function recoverFromCrashes(window: BrowserWindow, options: MainWindowOptions): void {
  window.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    void offerRecovery(window, options.devServerUrl ?? APP_ENTRY_URL, options.language(), 'stopped', details.reason);
  });
}

/**
 * A page that crashed or never loaded: the window is shown (it may still be hidden, waiting for a
 * first frame that will never come) with a message asking to reload or quit. Never a hidden
 * window holding the single-instance lock with nothing on it.
 */
export async function offerRecovery(
  window: BrowserWindow,
  url: string,
  language: TemplateLanguage,
  what: 'stopped' | 'failed',
  reason: string,
): Promise<void> {
  if (!window.isVisible()) window.show();
  const words = recoveryWords[language];
  const { response } = await dialog.showMessageBox(window, {
    type: 'error',
    message: words[what],
    detail: `${words.detail}\n\n(${reason})`,
    buttons: [words.reload, words.quit],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (window.isDestroyed()) return;
  if (response === 0) {
    window.loadURL(url).catch(() => app.quit());
  } else {
    app.quit();
  }
}
