import type { InAppReminders } from './inAppReminders';
import type { JournalBridge } from '@shared/ipc/contract';
import { backgroundSettingsThrough, type BackgroundSettingsAccess } from './backgroundSettings';

declare global {
  interface Window {
    /** Exposed by the preload script inside Electron. */
    journalBridge?: JournalBridge;
  }
}

if (!window.journalBridge) throw new Error('The desktop build runs only inside the app: its preload bridge is missing');

/**
 * The platform of the desktop build: the main process, through the one bridge the preload exposes.
 * Chosen at build time (the `@platform` alias in electron.vite.config.ts), so the browser stand-in
 * and its database never ship in the desktop app.
 */
export const desktopBridge: JournalBridge = window.journalBridge;

/** The desktop app can keep running in the tray and open at login (Settings shows both). */
export const backgroundSettings: BackgroundSettingsAccess | null = backgroundSettingsThrough(desktopBridge);

/** The desktop shows reminders as system notifications from the main process, never inside the page. */
export const inAppReminders: InAppReminders = null;
