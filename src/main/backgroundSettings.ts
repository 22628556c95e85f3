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

/** Electron's login items exist on macOS and Windows only; on Linux the setting is not offered. */
export function supportsOpenAtLogin(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export function backgroundStateOf(settings: BackgroundSettings, platform: NodeJS.Platform): BackgroundState {
  const openAtLoginSupported = supportsOpenAtLogin(platform);
  return { ...settings, openAtLogin: openAtLoginSupported && settings.openAtLogin, openAtLoginSupported };
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
