import type { WebContents } from 'electron';
import type { IpcChannelName } from '@shared/ipc/channels';
import { ipcContract, type IpcRequest, type IpcResponse } from '@shared/ipc/contract';

/** The page that sent a request: for dialogs to attach to and for printing it. */
export type IpcSenderContents = Pick<WebContents, 'printToPDF'>;

export type IpcHandlers = {
  [C in IpcChannelName]: (request: IpcRequest<C>, sender: IpcSenderContents) => Promise<IpcResponse<C>> | IpcResponse<C>;
};

/** The part of an Electron IPC event that decides whether to trust it. */
export interface IpcSender {
  senderFrame: { url: string } | null;
  sender: IpcSenderContents;
}

export class IpcRejected extends Error {}

/**
 * Turns typed handlers into what `ipcMain.handle` needs: the sender's frame must be the app's own
 * page, and the payload (typed `unknown`: it comes from a renderer) must pass the channel's schema.
 */
export function dispatchIpc<C extends IpcChannelName>(
  channel: C,
  handlers: IpcHandlers,
  isTrustedFrame: (url: string) => boolean,
) {
  return async (event: IpcSender, payload: unknown): Promise<IpcResponse<C>> => {
    const frameUrl = event.senderFrame?.url;
    if (!frameUrl || !isTrustedFrame(frameUrl)) {
      throw new IpcRejected(`${channel}: refused a message from an untrusted frame`);
    }
    const parsed = ipcContract[channel].request.safeParse(payload);
    if (!parsed.success) {
      throw new IpcRejected(`${channel}: invalid request: ${parsed.error.issues[0]?.message ?? 'bad payload'}`);
    }
    const handler = handlers[channel] as (request: unknown, sender: IpcSenderContents) => Promise<IpcResponse<C>> | IpcResponse<C>;
    return ipcContract[channel].response.parse(await handler(parsed.data, event.sender)) as IpcResponse<C>;
  };
}
