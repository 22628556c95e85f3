import { contextBridge, ipcRenderer } from 'electron';
import { createJournalBridge } from './bridge';

/** The renderer gets one function, limited to the declared channels, never ipcRenderer itself. */
const bridge = createJournalBridge(
  (channel, request) => ipcRenderer.invoke(channel, request),
  () => (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive === true,
);

contextBridge.exposeInMainWorld('journalBridge', bridge);
