/**
 * How every answer crosses the bridge. The main process never lets an error escape an
 * `ipcMain.handle` handler: Electron would hand it to the page as "Error invoking remote method
 * 'channel': Error: …", which is not for a person to read. It answers `{ ok: false, message }`
 * instead, and the preload turns that back into an Error carrying only the message.
 * Free of imports, so the sandboxed preload can bundle it.
 */
export type IpcReply<T = unknown> = { ok: true; value: T } | { ok: false; message: string };

const electronWrapper = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/;

/** A thrown value's message, without the wrapper Electron or the Error class put in front of it. */
export function plainMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(electronWrapper, '');
}

/** The value of a reply, or an Error with its message; a reply of any other shape is an error too. */
export function unwrapIpcReply(reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    const settled = reply as { ok: unknown; value?: unknown; message?: unknown };
    if (settled.ok === true) return settled.value;
    if (settled.ok === false && typeof settled.message === 'string') throw new Error(settled.message);
  }
  throw new Error('The app answered in a form it does not know.');
}

/** Wraps a handler so that it always answers with an IpcReply. */
export function settleIpc<A extends unknown[], T>(handler: (...args: A) => Promise<T> | T): (...args: A) => Promise<IpcReply<T>> {
  return async (...args) => {
    try {
      return { ok: true, value: await handler(...args) };
    } catch (error) {
      return { ok: false, message: plainMessage(error) };
    }
  };
}
