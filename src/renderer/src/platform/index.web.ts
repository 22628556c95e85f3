import type { JournalBridge } from '@shared/ipc/contract';
import { browserAdapter } from './browserAdapter';
import type { BackgroundSettingsAccess } from './backgroundSettings';
import { browserReminders } from './browserReminders';
import type { InAppReminders } from './inAppReminders';

/**
 * The platform of the browser build (the end-to-end tests, the benchmark, `npm run preview:web`):
 * what the main process does for files and the OS, done with web APIs. Chosen at build time (the
 * `@platform` alias in vite.web.config.ts).
 */
// Nothing runs yet: its timer starts when the page listens (ReminderDelivery's effect) and stops with it.
const reminders = browserReminders();
export const desktopBridge: JournalBridge = browserAdapter(reminders);

/** A browser page has no tray and no login item: Settings leaves these out. */
export const backgroundSettings: BackgroundSettingsAccess | null = null;

/** Reminders show inside the app in the browser build: the page hears what falls due and shows it. */
export const inAppReminders: InAppReminders = reminders;
