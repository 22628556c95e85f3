import type { JournalBridge } from '../src/shared/ipc/contract';

declare global {
  interface Window {
    /** What the preload exposes in Electron; the tests call it directly to probe the boundary. */
    journalBridge?: JournalBridge;
  }
}
