import type { JournalBridge } from '@shared/ipc/contract';
import { browserAdapter } from './browserAdapter';
import type { BackgroundSettingsAccess } from './backgroundSettings';

/**
 * The platform of the browser build (the end-to-end tests, the benchmark, `npm run preview:web`):
 * what the main process does for files and the OS, done with web APIs. Chosen at build time (the
 * `@platform` alias in vite.web.config.ts).
 */
export const desktopBridge: JournalBridge = browserAdapter();

/** A browser page has no tray and no login item: Settings leaves these out. */
export const backgroundSettings: BackgroundSettingsAccess | null = null;
