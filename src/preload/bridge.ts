import { IpcChannel, MainMessage, ipcChannelNames, type IpcChannelName } from '@shared/ipc/channels';
import type { JournalBridge } from '@shared/ipc/contract';
import { plainMessage, unwrapIpcReply } from '@shared/ipc/envelope';

/** Channels that act outside the app on the user's behalf: only right after the user's own click or key. */
export const gestureOnlyChannels: ReadonlySet<IpcChannelName> = new Set([IpcChannel.openExternal]);

/**
 * The one function the page gets. It refuses undeclared channels, refuses gesture-only channels
 * unless the page has transient user activation (a click or key press in the last few seconds —
 * Chromium's `navigator.userActivation.isActive`, which the page's scripts cannot fake, and which
 * the main process cannot see), and turns the main process's replies into values or plain errors.
 */
export function createJournalBridge(
  send: (channel: string, request: unknown) => Promise<unknown>,
  hasUserActivation: () => boolean,
  hear: (channel: string, listener: (payload: unknown) => void) => () => void = () => () => undefined,
): JournalBridge {
  return {
    invoke: async (channel, request) => {
      if (!ipcChannelNames.includes(channel)) throw new Error(`Unknown channel: ${String(channel)}`);
      if (gestureOnlyChannels.has(channel) && !hasUserActivation()) {
        throw new Error('Links open only when you click them.');
      }
      let reply: unknown;
      try {
        reply = await send(channel, request);
      } catch (error) {
        throw new Error(plainMessage(error));
      }
      return unwrapIpcReply(reply) as never;
    },
    // Only a case id in the form the app makes reaches the page, whatever else arrives on the channel.
    onOpenCase: (listener) =>
      hear(MainMessage.openCase, (caseId) => {
        if (typeof caseId === 'string' && caseId.length > 0 && caseId.length <= 100) listener(caseId);
      }),
    // Nothing of the message reaches the page: only that the menu asked.
    onExportAllDeadlines: (listener) => hear(MainMessage.exportAllDeadlines, () => listener()),
  };
}
