import { IpcChannel } from '@shared/ipc/channels';
import type { IpcRequest, IpcResponse, JournalBridge } from '@shared/ipc/contract';

type Handlers = {
  [C in keyof IpcRequestMap]: (request: IpcRequestMap[C]) => Promise<IpcResponse<C>>;
};
type IpcRequestMap = { [C in (typeof IpcChannel)[keyof typeof IpcChannel]]: IpcRequest<C> };

/**
 * Stands in for the preload bridge when the renderer runs in a plain browser (the end-to-end
 * tests, a web preview): what the main process does for files and the OS, done with web APIs.
 */
export function browserAdapter(): JournalBridge {
  const handlers: Handlers = {
    [IpcChannel.getAppInfo]: async () => ({
      name: 'Cancellation Journal',
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      platform: 'web',
      systemLanguages: [...navigator.languages],
      dataFolder: 'IndexedDB (this browser profile)',
    }),
    [IpcChannel.openExternal]: async ({ url }) => {
      window.open(url, '_blank', 'noopener,noreferrer');
      return undefined;
    },
  };
  return {
    invoke: (channel, request) =>
      (handlers[channel] as (request: unknown) => Promise<never>)(request),
  };
}
