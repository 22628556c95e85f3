import { describe, expect, it, vi } from 'vitest';
import { IpcChannel } from '@shared/ipc/channels';
import { dispatchIpc, IpcRejected, type IpcHandlers } from './ipcDispatch';
import { isAppUrl } from './appOrigin';

function handlers(): IpcHandlers {
  const notUsed = vi.fn(() => {
    throw new Error('not used in this test');
  });
  return {
    [IpcChannel.saveJournalJson]: notUsed,
    [IpcChannel.openJournalFile]: notUsed,
    [IpcChannel.abortArchiveExport]: notUsed,
    [IpcChannel.readArchive]: notUsed,
    [IpcChannel.closeArchive]: notUsed,
    [IpcChannel.saveReportPdf]: notUsed,
    [IpcChannel.openAttachmentFile]: notUsed,
    [IpcChannel.storeAttachmentBytes]: notUsed,
    [IpcChannel.readAttachmentBytes]: notUsed,
    [IpcChannel.saveStoredAttachmentCopy]: notUsed,
    [IpcChannel.collectAttachmentGarbage]: notUsed,
    [IpcChannel.exportArchiveFromFiles]: notUsed,
    [IpcChannel.unpackArchiveToFiles]: notUsed,
    [IpcChannel.archiveJobProgress]: notUsed,
    [IpcChannel.cancelArchiveJob]: notUsed,
    [IpcChannel.backupStatus]: notUsed,
    [IpcChannel.beginBackup]: notUsed,
    [IpcChannel.writeBackupFromFiles]: notUsed,
    [IpcChannel.finishBackup]: notUsed,
    [IpcChannel.readBackup]: notUsed,
    [IpcChannel.recordBackupFailure]: notUsed,
    [IpcChannel.saveCalendarFile]: notUsed,
    [IpcChannel.getBackgroundSettings]: notUsed,
    [IpcChannel.setBackgroundSettings]: notUsed,
    [IpcChannel.scheduleReminders]: vi.fn(async () => undefined),
    [IpcChannel.takeCaseToOpen]: vi.fn(async () => null),
    [IpcChannel.takeDeadlineExportAsk]: vi.fn(async () => false),
    [IpcChannel.getAppInfo]: vi.fn(() => ({
      name: 'Cancellation Journal',
      version: '0.1.0',
      platform: 'linux',
      systemLanguages: ['en-US'],
      dataFolder: { kind: 'folder' as const, path: '/tmp/x' },
    })),
    [IpcChannel.openExternal]: vi.fn(async () => undefined),
    [IpcChannel.setInterfaceLanguage]: vi.fn(() => undefined),
  };
}
const trusted = (url: string) => isAppUrl(url, undefined);
const sender = { printToPDF: vi.fn() };
const fromApp = { senderFrame: { url: 'app://journal/index.html' }, sender };

describe('dispatchIpc', () => {
  it('answers the app page with a validated response', async () => {
    const h = handlers();
    const info = await dispatchIpc(IpcChannel.getAppInfo, h, trusted)(fromApp, undefined);
    expect(info.version).toBe('0.1.0');
  });

  it('refuses messages from any other frame, and from a frame that is gone', async () => {
    const h = handlers();
    const handle = dispatchIpc(IpcChannel.openExternal, h, trusted);
    await expect(handle({ senderFrame: { url: 'https://evil.example/' }, sender }, { url: 'https://a.b/' })).rejects.toBeInstanceOf(IpcRejected);
    await expect(handle({ senderFrame: { url: 'file:///tmp/x.html' }, sender }, { url: 'https://a.b/' })).rejects.toBeInstanceOf(IpcRejected);
    await expect(handle({ senderFrame: null, sender }, { url: 'https://a.b/' })).rejects.toBeInstanceOf(IpcRejected);
    expect(h[IpcChannel.openExternal]).not.toHaveBeenCalled();
  });

  it('validates the payload before the handler sees it', async () => {
    const h = handlers();
    const handle = dispatchIpc(IpcChannel.openExternal, h, trusted);
    for (const payload of [undefined, null, 'https://a.b', { url: 'file:///etc/passwd' }, { url: 'javascript:alert(1)' }, { url: 42 }]) {
      await expect(handle(fromApp, payload)).rejects.toBeInstanceOf(IpcRejected);
    }
    expect(h[IpcChannel.openExternal]).not.toHaveBeenCalled();
    const save = dispatchIpc(IpcChannel.saveJournalJson, h, trusted);
    await expect(save(fromApp, { suggestedName: '../../.bashrc', contents: new Uint8Array(2) })).rejects.toBeInstanceOf(IpcRejected);
    await expect(save(fromApp, { suggestedName: 'ok.json', contents: '{}' })).rejects.toBeInstanceOf(IpcRejected);
    await handle(fromApp, { url: 'https://www.axis.co.id/' });
    expect(h[IpcChannel.openExternal]).toHaveBeenCalledWith({ url: 'https://www.axis.co.id/' }, sender);
  });

  it('does not let prototype keys through', async () => {
    const h = handlers();
    const payload = JSON.parse('{"url":"https://a.b/","__proto__":{"polluted":true}}');
    await dispatchIpc(IpcChannel.openExternal, h, trusted)(fromApp, payload);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(h[IpcChannel.openExternal]).toHaveBeenCalledWith({ url: 'https://a.b/' }, sender);
  });

  it('takes a reminder schedule only from the app, and only in its shape', async () => {
    const h = handlers();
    const schedule = dispatchIpc(IpcChannel.scheduleReminders, h, trusted);
    const good = {
      reminders: [{ id: 'c|followUp|2026-11-20|0', caseId: 'c', showOn: '2026-11-20', title: 'Netflix', body: 'Follow up: 20 Nov 2026 (today)' }],
      summary: { title: 'Cancellation Journal', body: '{count} dates in your journal need attention' },
    };
    await expect(schedule(fromApp, good)).resolves.toBeUndefined();
    // A schedule without its time of day (from before "Remind me at") comes at 09:00.
    expect(h[IpcChannel.scheduleReminders]).toHaveBeenCalledWith({ ...good, remindAt: '09:00' }, sender);
    await expect(schedule(fromApp, { ...good, remindAt: '18:30' })).resolves.toBeUndefined();
    expect(h[IpcChannel.scheduleReminders]).toHaveBeenLastCalledWith({ ...good, remindAt: '18:30' }, sender);
    await expect(schedule(fromApp, { ...good, remindAt: '24:00' })).rejects.toThrow('a time of day as HH:MM');
    await expect(schedule(fromApp, { ...good, remindAt: '9am' })).rejects.toThrow('invalid request');
    await expect(schedule({ senderFrame: { url: 'https://evil.example/' }, sender }, good)).rejects.toThrow('untrusted frame');
    await expect(schedule(fromApp, { ...good, reminders: [{ ...good.reminders[0], showOn: '2026-02-30' }] })).rejects.toThrow(IpcRejected);
    await expect(schedule(fromApp, { ...good, reminders: 'all of them' })).rejects.toThrow('invalid request');
  });
});
