import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '@shared/ipc/channels';
import { ipcContract } from '@shared/ipc/contract';

const electron = vi.hoisted(() => ({
  setLoginItemSettings: vi.fn(),
  quit: vi.fn(),
  listeners: new Map<string, () => void>(),
  powerListeners: new Map<string, () => void>(),
  wasOpenedAtLogin: false,
}));
vi.mock('electron', () => ({
  app: {
    setLoginItemSettings: electron.setLoginItemSettings,
    getLoginItemSettings: () => ({ openAtLogin: false, wasOpenedAtLogin: electron.wasOpenedAtLogin }),
    quit: electron.quit,
    on: (event: string, listener: () => void) => electron.listeners.set(event, listener),
  },
  powerMonitor: { on: (event: string, listener: () => void) => electron.powerListeners.set(event, listener) },
}));

const { BackgroundRunner, backgroundSettingsHandlers } = await import('./backgroundRunner');
const { startedAtLoginArgument, whatClosingDoes, startsHidden, quitsWhenWindowsClose, backgroundOn } = await import('./backgroundSettings');
const { trayMenuTemplate } = await import('./appTray');

let file: string;
const trays: { language: string; actions: { open: () => void; quit: () => void }; destroyed: boolean; relabel: ReturnType<typeof vi.fn> }[] = [];
const openWindow = vi.fn();
const start = (platform: NodeJS.Platform = 'win32') =>
  BackgroundRunner.start({
    file,
    platform,
    openWindow,
    makeTray: (language, actions) => {
      const tray = { language, actions, destroyed: false, relabel: vi.fn() };
      trays.push(tray);
      return { relabel: tray.relabel, destroy: () => void (tray.destroyed = true) };
    },
  });

beforeEach(async () => {
  file = join(await mkdtemp(join(tmpdir(), 'cj-background-')), 'background-settings.json');
  trays.length = 0;
  electron.setLoginItemSettings.mockClear();
  electron.quit.mockClear();
  electron.listeners.clear();
  electron.powerListeners.clear();
  electron.wasOpenedAtLogin = false;
  openWindow.mockClear();
});

describe('keeping running in the tray and opening at login', () => {
  it('are both off on a first start: closing the window quits, no tray, no login item', async () => {
    const runner = await start();
    expect(runner.state).toEqual({ keepRunningInTray: false, openAtLogin: false, openAtLoginSupported: true });
    expect(runner.closing()).toBe('close');
    expect(runner.quitsWhenWindowsClose()).toBe(true);
    expect(trays).toEqual([]);
    expect(electron.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: false, args: [startedAtLoginArgument] });
  });

  it('keep the app in the tray once turned on: closing hides the window until Quit, and the next start remembers', async () => {
    const runner = await start();
    const handlers = backgroundSettingsHandlers(runner);
    expect(await handlers[IpcChannel.setBackgroundSettings]({ keepRunningInTray: true, openAtLogin: true }, {} as never)).toEqual({
      keepRunningInTray: true,
      openAtLogin: true,
      openAtLoginSupported: true,
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ keepRunningInTray: true, openAtLogin: true });
    expect(electron.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true, args: [startedAtLoginArgument] });
    expect(runner.closing()).toBe('hide');
    expect(runner.quitsWhenWindowsClose()).toBe(false);
    expect(trays).toHaveLength(1);
    trays[0]!.actions.open();
    expect(openWindow).toHaveBeenCalledOnce();
    // Quit in the tray: the window closes for real this time.
    trays[0]!.actions.quit();
    expect(electron.quit).toHaveBeenCalledOnce();
    expect(runner.closing()).toBe('close');

    const next = await start();
    expect(next.state.keepRunningInTray).toBe(true);
    expect(next.startsHidden(['app.exe', startedAtLoginArgument])).toBe(true);
    expect(next.startsHidden(['app.exe'])).toBe(false);
  });

  it('quit for real when the system or the menu quits the app (before-quit), even while kept in the tray', async () => {
    await writeFile(file, JSON.stringify({ keepRunningInTray: true, openAtLogin: false }));
    const runner = await start();
    expect(runner.closing()).toBe('hide');
    electron.listeners.get('before-quit')?.();
    expect(runner.closing()).toBe('close');
  });

  it('quit for real when the system shuts down or the session ends, where Windows sends no before-quit', async () => {
    await writeFile(file, JSON.stringify({ keepRunningInTray: true, openAtLogin: false }));
    const shutdown = await start();
    expect(shutdown.closing()).toBe('hide');
    expect(shutdown.quitsWhenWindowsClose()).toBe(false);
    electron.powerListeners.get('shutdown')?.();
    expect(shutdown.closing()).toBe('close');
    expect(shutdown.quitsWhenWindowsClose()).toBe(true);

    // The window's session-end (mainWindow.ts) tells the runner the same.
    const sessionEnd = await start();
    sessionEnd.markQuitting();
    expect(sessionEnd.closing()).toBe('close');
    expect(sessionEnd.quitsWhenWindowsClose()).toBe(true);
  });

  it('remove the tray icon when turned off again', async () => {
    const runner = await start();
    await runner.change({ keepRunningInTray: true, openAtLogin: false });
    await runner.change({ keepRunningInTray: false, openAtLogin: false });
    expect(trays[0]?.destroyed).toBe(true);
    expect(runner.closing()).toBe('close');
  });

  it('never register a login item on Linux, where Electron has none, and say it is not supported', async () => {
    const runner = await start('linux');
    expect(await runner.change({ keepRunningInTray: true, openAtLogin: true })).toEqual({ keepRunningInTray: true, openAtLogin: false, openAtLoginSupported: false });
    expect(electron.setLoginItemSettings).not.toHaveBeenCalled();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ keepRunningInTray: true, openAtLogin: false });
  });

  it('read a damaged or foreign settings file as both off', async () => {
    await writeFile(file, '{"keepRunningInTray": "yes"');
    expect((await start()).state.keepRunningInTray).toBe(false);
    await writeFile(file, JSON.stringify({ keepRunningInTray: 'yes', openAtLogin: 1 }));
    expect((await start()).state).toMatchObject({ keepRunningInTray: false, openAtLogin: false });
  });

  it('start hidden at login on macOS only when opened at login with the tray on', async () => {
    await writeFile(file, JSON.stringify({ keepRunningInTray: true, openAtLogin: true }));
    electron.wasOpenedAtLogin = true;
    expect((await start('darwin')).startsHidden(['Cancellation Journal'])).toBe(true);
    electron.wasOpenedAtLogin = false;
    expect((await start('darwin')).startsHidden(['Cancellation Journal'])).toBe(false);
  });

  it('words the tray menu in the interface language', async () => {
    await writeFile(file, JSON.stringify({ keepRunningInTray: true, openAtLogin: false }));
    const runner = await start();
    runner.setLanguage('zh-CN');
    expect(trays[0]?.relabel).toHaveBeenCalledWith('zh-CN');
    const actions = { open: vi.fn(), quit: vi.fn() };
    expect(trayMenuTemplate('en', actions).map((item) => ('label' in item ? item.label : item.type))).toEqual(['Open Cancellation Journal', 'separator', 'Quit']);
    expect(trayMenuTemplate('zh-CN', actions).map((item) => ('label' in item ? item.label : item.type))).toEqual(['打开注销日志', 'separator', '退出']);
  });

  it('accept only the two switches from the renderer', () => {
    const request = ipcContract[IpcChannel.setBackgroundSettings].request;
    expect(request.safeParse({ keepRunningInTray: true, openAtLogin: false }).success).toBe(true);
    expect(request.safeParse({ keepRunningInTray: 'true', openAtLogin: false }).success).toBe(false);
    expect(request.safeParse({ keepRunningInTray: true }).success).toBe(false);
  });
});

describe('the plain decisions', () => {
  const on = { keepRunningInTray: true, openAtLogin: true };
  const off = { keepRunningInTray: false, openAtLogin: false };
  it('hide on close only while kept in the tray and not quitting', () => {
    expect(whatClosingDoes(on, false)).toBe('hide');
    expect(whatClosingDoes(on, true)).toBe('close');
    expect(whatClosingDoes(off, false)).toBe('close');
  });
  it('keep the app alive with no window in the tray, and on macOS as usual', () => {
    expect(quitsWhenWindowsClose(on, 'win32')).toBe(false);
    expect(quitsWhenWindowsClose(off, 'win32')).toBe(true);
    expect(quitsWhenWindowsClose(off, 'darwin')).toBe(false);
  });
  it('never start hidden without a tray icon to find the app by', () => {
    expect(startsHidden({ keepRunningInTray: false, openAtLogin: true }, { argv: [startedAtLoginArgument], wasOpenedAtLogin: true })).toBe(false);
  });
  it('decide in one place that Linux has no login item: kept off, shown unsupported, nothing to register', () => {
    expect(backgroundOn('linux', on)).toEqual({
      settings: { keepRunningInTray: true, openAtLogin: false },
      state: { keepRunningInTray: true, openAtLogin: false, openAtLoginSupported: false },
      loginItem: null,
    });
    expect(backgroundOn('win32', on)).toEqual({
      settings: on,
      state: { ...on, openAtLoginSupported: true },
      loginItem: { openAtLogin: true, args: [startedAtLoginArgument] },
    });
    expect(backgroundOn('darwin', off).loginItem).toEqual({ openAtLogin: false, args: [startedAtLoginArgument] });
  });
});
