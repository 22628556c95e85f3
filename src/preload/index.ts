import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannelNames } from '@shared/ipc/channels';
import type { JournalBridge } from '@shared/ipc/contract';

/** The renderer gets one function, limited to the declared channels, never ipcRenderer itself. */
const bridge: JournalBridge = {
  invoke: (channel, request) => {
    if (!ipcChannelNames.includes(channel)) {
      return Promise.reject(new Error(`Unknown channel: ${String(channel)}`));
    }
    return ipcRenderer.invoke(channel, request);
  },
};

contextBridge.exposeInMainWorld('journalBridge', bridge);
