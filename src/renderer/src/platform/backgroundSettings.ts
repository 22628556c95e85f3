import type { BackgroundSettings, BackgroundState } from '@shared/ipc/contract';
import type { JournalBridge } from '@shared/ipc/contract';
import { IpcChannel } from '@shared/ipc/channels';

/** The tray and login-item settings, where the platform has them (the desktop app only). */
export interface BackgroundSettingsAccess {
  read(): Promise<BackgroundState>;
  change(settings: BackgroundSettings): Promise<BackgroundState>;
}

export function backgroundSettingsThrough(bridge: JournalBridge): BackgroundSettingsAccess {
  return {
    read: () => bridge.invoke(IpcChannel.getBackgroundSettings, undefined),
    change: (settings) => bridge.invoke(IpcChannel.setBackgroundSettings, settings),
  };
}
