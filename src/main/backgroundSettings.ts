import { readFile } from 'node:fs/promises';
import { BackgroundSettingsSchema, defaultBackgroundSettings, type BackgroundSettings, type BackgroundState } from '@shared/ipc/contract';
import { writeFileAtomically } from './files/atomicWrite';

/**
 * What the app does when its window is closed and when the user logs in (issue 12: "keep running in
 * the tray" and "open at login", both off by default). Plain decisions, tested under Node; the
 * Electron calls are in `backgroundRunner.ts` and `appTray.ts`.
 */

/** The argument a login item starts the app with (Windows; macOS says so through `wasOpenedAtLogin`). */
export const startedAtLoginArgument = '--opened-at-login';

/** The settings file, read before any window exists. A missing or damaged file is "both off". */
export async function loadBackgroundSettings(file: string): Promise<BackgroundSettings> {
  try {
    const parsed = BackgroundSettingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : defaultBackgroundSettings;
  } catch {
    return defaultBackgroundSettings;
  }
}

export async function saveBackgroundSettings(file: string, settings: BackgroundSettings): Promise<void> {
  await writeFileAtomically(file, JSON.stringify(BackgroundSettingsSchema.parse(settings)));
}

/**
 * The user's two switches as this platform can honour them — the one place Linux's lack of login
 * items is decided (Electron has them on macOS and Windows only): the settings to keep and apply
 * ("open at login" off there), what Settings shows (the switch disabled, saying why), and the login
 * item to register (none there).
 */
export function backgroundOn(
  platform: NodeJS.Platform,
  wanted: BackgroundSettings,
): { settings: BackgroundSettings; state: BackgroundState; loginItem: { openAtLogin: boolean; args: string[] } | null } {
  const openAtLoginSupported = platform === 'darwin' || platform === 'win32';
  const settings = { ...wanted, openAtLogin: openAtLoginSupported && wanted.openAtLogin };
  return {
    settings,
    state: { ...settings, openAtLoginSupported },
    loginItem: openAtLoginSupported ? loginItemSettingsFor(settings) : null,
  };
}

/**
 * What closing the window does: hide it to the tray while the user keeps the app running there,
 * unless the app is quitting (Quit in the tray or the menu, the system logging out).
 */
export function whatClosingDoes(settings: BackgroundSettings, quitting: boolean): 'hide' | 'close' {
  return settings.keepRunningInTray && !quitting ? 'hide' : 'close';
}

/** Whether the last window closing ends the app: not while it keeps running in the tray (nor on macOS, as usual there). */
export function quitsWhenWindowsClose(settings: BackgroundSettings, platform: NodeJS.Platform): boolean {
  return !settings.keepRunningInTray && platform !== 'darwin';
}

/**
 * What `app.setLoginItemSettings` is given. The app keeps itself hidden at login (macOS no longer
 * honours `openAsHidden`), so the login item only has to say it is the one starting the app.
 */
export function loginItemSettingsFor(settings: BackgroundSettings): { openAtLogin: boolean; args: string[] } {
  return { openAtLogin: settings.openAtLogin, args: [startedAtLoginArgument] };
}

/**
 * Whether this start is the login item's and the window should stay hidden in the tray. Without
 * the tray setting the window opens as usual: a hidden app with no tray icon could not be found.
 */
export function startsHidden(settings: BackgroundSettings, start: { argv: readonly string[]; wasOpenedAtLogin: boolean }): boolean {
  if (!settings.keepRunningInTray || !settings.openAtLogin) return false;
  return start.wasOpenedAtLogin || start.argv.includes(startedAtLoginArgument);
}
