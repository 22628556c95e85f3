import type { JournalBridge } from '@shared/ipc/contract';
import { browserAdapter } from './browserAdapter';

declare global {
  interface Window {
    /** Exposed by the preload script inside Electron; absent in a plain browser. */
    journalBridge?: JournalBridge;
  }
}

/** The main process when running in Electron, the browser adapter anywhere else. */
export const desktopBridge: JournalBridge = window.journalBridge ?? browserAdapter();
