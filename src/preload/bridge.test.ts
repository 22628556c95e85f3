import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '@shared/ipc/channels';
import { settleIpc } from '@shared/ipc/envelope';
import { createJournalBridge } from './bridge';

describe('the preload bridge', () => {
  it('answers with the value the main process settled on', async () => {
    const send = vi.fn(settleIpc(async () => ({ name: 'Cancellation Journal' })));
    const bridge = createJournalBridge(send, () => false);
    await expect(bridge.invoke(IpcChannel.getAppInfo, undefined)).resolves.toEqual({ name: 'Cancellation Journal' });
  });

  it('gives the page the error without Electron’s “Error invoking remote method” wrapper', async () => {
    const failing = settleIpc(async () => {
      throw new Error('ENOSPC: no space left on device, write');
    });
    const bridge = createJournalBridge(failing, () => true);
    await expect(bridge.invoke(IpcChannel.writeBackupFromFiles, { exportId: 'backup', journal: new Uint8Array(1), attachments: [] })).rejects.toThrow(
      /^ENOSPC: no space left on device, write$/,
    );
    // And if an error ever escapes the envelope (a channel without a handler), it is unwrapped too.
    const raw = createJournalBridge(async () => {
      throw new Error("Error invoking remote method 'backup:status': Error: No handler registered for 'backup:status'");
    }, () => true);
    const error = await raw.invoke(IpcChannel.backupStatus, undefined).catch((caught: Error) => caught);
    expect((error as Error).message).toBe("No handler registered for 'backup:status'");
  });

  it('refuses undeclared channels without asking the main process', async () => {
    const send = vi.fn();
    const bridge = createJournalBridge(send, () => true);
    await expect((bridge.invoke as (c: string, p: unknown) => Promise<unknown>)('fs:read', '/etc/passwd')).rejects.toThrow('Unknown channel');
    expect(send).not.toHaveBeenCalled();
  });

  it('opens links only right after a click or key press', async () => {
    const send = vi.fn(settleIpc(async () => undefined));
    let activated = false;
    const bridge = createJournalBridge(send, () => activated);
    await expect(bridge.invoke(IpcChannel.openExternal, { url: 'https://example.com/' })).rejects.toThrow('only when you click');
    expect(send).not.toHaveBeenCalled();
    activated = true;
    await bridge.invoke(IpcChannel.openExternal, { url: 'https://example.com/' });
    expect(send).toHaveBeenCalledWith(IpcChannel.openExternal, { url: 'https://example.com/' });
  });

  it('treats a reply of an unknown shape as an error, never as a value', async () => {
    const bridge = createJournalBridge(async () => ({ name: 'not an envelope' }), () => true);
    await expect(bridge.invoke(IpcChannel.getAppInfo, undefined)).rejects.toThrow('form it does not know');
  });

  it('passes the page a case to open from the main process only as a case id', () => {
    let deliver: ((payload: unknown) => void) | undefined;
    const heard: string[] = [];
    const bridge = createJournalBridge(vi.fn(), () => false, (channel, listener) => {
      expect(channel).toBe('reminders:open-case');
      deliver = listener;
      return () => {
        deliver = undefined;
      };
    });
    const stop = bridge.onOpenCase((caseId) => heard.push(caseId));
    deliver!('case-1');
    deliver!({ id: 'case-2' });
    deliver!('x'.repeat(101));
    expect(heard).toEqual(['case-1']);
    stop();
    expect(deliver).toBeUndefined();
  });

  it('tells the page the menu asked to export all deadlines, on its one declared channel, and nothing more', () => {
    let deliver: ((payload: unknown) => void) | undefined;
    const channels: string[] = [];
    const heard: unknown[][] = [];
    const bridge = createJournalBridge(vi.fn(), () => false, (channel, listener) => {
      channels.push(channel);
      deliver = listener;
      return () => {
        deliver = undefined;
      };
    });
    const stop = bridge.onExportAllDeadlines((...args: unknown[]) => heard.push(args));
    expect(channels).toEqual(['calendar:export-all-deadlines']);
    deliver!({ path: '/etc/passwd' });
    expect(heard).toEqual([[]]);
    stop();
    expect(deliver).toBeUndefined();
  });
});
