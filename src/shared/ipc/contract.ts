import { z } from 'zod';
import { IpcChannel, type IpcChannelName } from './channels';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** The OS's preferred languages, best first (BCP 47). */
  systemLanguages: z.array(z.string()),
  /** Where the journal's data lives, for the README and Settings. */
  dataFolder: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const ExternalUrlSchema = z
  .string()
  .max(2000)
  .refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'only http and https addresses open outside the app');

/**
 * Request and response schemas per channel. Main parses every request with them: the renderer
 * is treated like any other untrusted input.
 */
export const ipcContract = {
  [IpcChannel.getAppInfo]: { request: z.undefined(), response: AppInfoSchema },
  [IpcChannel.openExternal]: { request: z.object({ url: ExternalUrlSchema }), response: z.undefined() },
} as const satisfies Record<IpcChannelName, { request: z.ZodType; response: z.ZodType }>;

export type IpcRequest<C extends IpcChannelName> = z.input<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannelName> = z.output<(typeof ipcContract)[C]['response']>;

/** What the preload exposes as `window.journalBridge`; the browser adapter implements it too. */
export interface JournalBridge {
  invoke<C extends IpcChannelName>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>>;
}
