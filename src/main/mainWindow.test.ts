import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Options = Record<string, unknown> & { webPreferences: Record<string, unknown> };

class FakeContents extends EventEmitter {
  replaceMisspelling = vi.fn();
  session = { addWordToSpellCheckerDictionary: vi.fn() };
}

class FakeWindow extends EventEmitter {
  static instances: FakeWindow[] = [];
  static loadResult: () => Promise<void> = () => Promise.resolve();
  webContents = new FakeContents();
  destroyed = false;
  visible = false;
  maximized = false;
  bounds = { x: 40, y: 30, width: 1100, height: 700 };
  /** What happened, in order: to check that nothing shows before the first frame. */
  log: string[] = [];
  loadURL = vi.fn((url: string) => {
    this.log.push(`load ${url}`);
    return FakeWindow.loadResult();
  });
  setBackgroundColor = vi.fn();
  constructor(public options: Options) {
    super();
    FakeWindow.instances.push(this);
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => false;
  isVisible = () => this.visible;
  isMaximized = () => this.maximized;
  getNormalBounds = () => this.bounds;
  maximize = () => {
    this.log.push('maximize');
    this.maximized = true;
    this.visible = true; // as Electron does: maximize() shows a hidden window
  };
  show = () => {
    this.log.push('show');
    const wasVisible = this.visible;
    this.visible = true;
    if (!wasVisible) this.emit('show');
  };
  hide = () => {
    this.log.push('hide');
    this.visible = false;
  };
  destroy() {
    this.destroyed = true;
    this.emit('closed');
  }
}

const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false });
const workArea = { x: 0, y: 0, width: 1366, height: 728 };
const showMessageBox = vi.fn(async () => ({ response: 0 }));
const quit = vi.fn();

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  Menu: { buildFromTemplate: () => ({ popup: vi.fn() }) },
  app: { quit: () => quit() },
  dialog: { showMessageBox: (...args: unknown[]) => (showMessageBox as (...a: unknown[]) => unknown)(...args) },
  nativeTheme,
  screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
}));

const { createMainWindow, windowBackground } = await import('./mainWindow');

let stateFile: string;
beforeEach(async () => {
  stateFile = join(await mkdtemp(join(tmpdir(), 'cj-window-')), 'window-state.json');
  FakeWindow.instances = [];
  FakeWindow.loadResult = () => Promise.resolve();
  nativeTheme.shouldUseDarkColors = false;
  nativeTheme.removeAllListeners();
  showMessageBox.mockClear();
  quit.mockClear();
});

const open = async (background: { closing?: () => 'hide' | 'close'; startHidden?: boolean; onSessionEnd?: () => void } = {}) => {
  const window = (await createMainWindow({
    stateFile,
    devServerUrl: undefined,
    language: () => 'en',
    closing: background.closing ?? (() => 'close'),
    startHidden: background.startHidden ?? false,
    onSessionEnd: background.onSessionEnd ?? (() => undefined),
  })) as unknown as FakeWindow;
  await Promise.resolve();
  return window;
};
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the main window', () => {
  it('hides instead of closing while the app keeps running in the tray, and closes when it does not', async () => {
    let closing: 'hide' | 'close' = 'hide';
    const window = await open({ closing: () => closing });
    window.emit('ready-to-show');
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(window.visible).toBe(false);
    closing = 'close';
    const quitting = { preventDefault: vi.fn() };
    window.emit('close', quitting);
    expect(quitting.preventDefault).not.toHaveBeenCalled();
  });

  it('closes for real when Windows ends the session (logout, shutdown), even while kept in the tray', async () => {
    // The runner's part: the session's end marks the app as quitting (backgroundRunner.test.ts).
    let quitting = false;
    const window = await open({ closing: () => (quitting ? 'close' : 'hide'), onSessionEnd: () => (quitting = true) });
    window.emit('ready-to-show');
    window.emit('session-end');
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('stays hidden when started at login to stay in the tray: the page loads, nothing shows', async () => {
    const window = await open({ startHidden: true });
    window.emit('ready-to-show');
    expect(window.log).toEqual([`load ${window.loadURL.mock.calls[0]?.[0]}`]);
    expect(window.visible).toBe(false);
  });

  it('started hidden, comes back maximised as it was left when later shown from the tray, once', async () => {
    await writeFile(stateFile, JSON.stringify({ x: 10, y: 10, width: 1000, height: 700, maximized: true }));
    const window = await open({ startHidden: true });
    window.emit('ready-to-show');
    expect(window.maximized).toBe(false);
    expect(window.visible).toBe(false);
    window.show();
    expect(window.maximized).toBe(true);
    expect(window.log.slice(1)).toEqual(['show', 'maximize']);
    // Unmaximised by the user, hidden to the tray and shown again: left as the user made it.
    window.maximized = false;
    window.hide();
    window.show();
    expect(window.maximized).toBe(false);
  });

  it('started hidden, is shown at its normal size when it was not left maximised', async () => {
    await writeFile(stateFile, JSON.stringify({ x: 10, y: 10, width: 1000, height: 700, maximized: false }));
    const window = await open({ startHidden: true });
    window.emit('ready-to-show');
    window.show();
    expect(window.maximized).toBe(false);
  });

  it('is created with Electron’s security settings written out at the constructor', async () => {
    const window = await open();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: process.platform === 'darwin',
    });
    expect(String(window.options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://journal/index.html');
    // Literally, so Electronegativity can read them (docs/security.md).
    const source = readFileSync(join(import.meta.dirname, 'mainWindow.ts'), 'utf8');
    expect(source).toMatch(/new BrowserWindow\(\{[\s\S]*webPreferences: \{[\s\S]*contextIsolation: true,[\s\S]*sandbox: true,[\s\S]*nodeIntegration: false,/);
  });

  it('paints the page’s own opaque background, following the system theme', async () => {
    const light = await open();
    expect(light.options.backgroundColor).toBe(windowBackground.light);
    nativeTheme.shouldUseDarkColors = true;
    nativeTheme.emit('updated');
    expect(light.setBackgroundColor).toHaveBeenCalledWith(windowBackground.dark);
    const dark = await open();
    expect(dark.options.backgroundColor).toBe(windowBackground.dark);
    // The CSS colours of the page (styles.css --bg), never a transparent one.
    const css = readFileSync(join(import.meta.dirname, '../renderer/src/styles.css'), 'utf8');
    expect(css).toContain(`--bg: ${windowBackground.light};`);
    expect(css).toContain(`--bg: ${windowBackground.dark};`);
  });

  it('fits a small screen’s work area', async () => {
    const window = await open();
    expect(window.options.width).toBeLessThanOrEqual(workArea.width);
    expect(window.options.height).toBeLessThanOrEqual(workArea.height);
  });

  it('reopens maximised only once its first frame is ready, never shown unpainted', async () => {
    await writeFile(stateFile, JSON.stringify({ x: 10, y: 10, width: 1000, height: 700, maximized: true }));
    const window = await open();
    expect(window.visible).toBe(false);
    expect(window.log).toEqual(['load app://journal/index.html']);
    window.log.push('first frame');
    window.emit('ready-to-show');
    expect(window.log).toEqual(['load app://journal/index.html', 'first frame', 'maximize', 'show']);
    expect(window.maximized).toBe(true);
    expect(window.visible).toBe(true);
  });

  it('saves its last place synchronously when it closes', async () => {
    const window = await open();
    window.bounds = { x: 120, y: 80, width: 1000, height: 650 };
    window.emit('resize');
    window.emit('close');
    // No waiting: by the time `closed` follows, the file is written.
    window.destroy();
    expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({ x: 120, y: 80, width: 1000, height: 650, maximized: false });
  });

  it('is handed back before its page has loaded', async () => {
    FakeWindow.loadResult = () => new Promise(() => undefined);
    const window = await open();
    expect(window).toBeInstanceOf(FakeWindow);
    expect(existsSync(stateFile)).toBe(false);
  });

  it('shows a hidden window and offers to reload when its page crashes', async () => {
    const window = await open();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(window.visible).toBe(true);
    expect(showMessageBox).toHaveBeenCalledTimes(1);
    await tick();
    expect(window.loadURL).toHaveBeenCalledTimes(2);
    expect(quit).not.toHaveBeenCalled();
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('quits rather than leave a window that will never show, when asked to or when the page cannot load', async () => {
    showMessageBox.mockResolvedValueOnce({ response: 1 });
    FakeWindow.loadResult = () => Promise.reject(new Error("ERR_FILE_NOT_FOUND (-6) loading 'app://journal/index.html'"));
    const window = await open();
    await tick();
    expect(window.visible).toBe(true);
    expect(showMessageBox).toHaveBeenCalledTimes(1);
    expect(JSON.stringify((showMessageBox.mock.calls[0] as unknown[])[1])).toContain('ERR_FILE_NOT_FOUND');
    await tick();
    expect(quit).toHaveBeenCalled();
  });
});
