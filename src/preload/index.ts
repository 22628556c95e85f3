import { contextBridge, ipcRenderer } from 'electron';
import { createJournalBridge } from './bridge';

/** The renderer gets one function, limited to the declared channels, never ipcRenderer itself. */
const bridge = createJournalBridge(
  (channel, request) => ipcRenderer.invoke(channel, request),
  () => (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive === true,
  (channel, listener) => {
    const heard = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, heard);
    return () => void ipcRenderer.removeListener(channel, heard);
  },
);

contextBridge.exposeInMainWorld('journalBridge', bridge);
