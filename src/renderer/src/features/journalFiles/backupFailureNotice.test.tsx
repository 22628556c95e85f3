// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { BackupStatus, IpcRequest } from '@shared/ipc/contract';
import { IpcChannel, type IpcChannelName } from '@shared/ipc/channels';
import { resources } from '../../i18n/i18n';
import { JournalContext, type Journal } from '../../journalContext';

// The main process as the notice meets it: a status that says backups are failing, and a write
// that either works (then the status says so) or fails as told.
const main = vi.hoisted(() => ({
  status: null as unknown as BackupStatus,
  writeFails: false,
  calls: [] as { channel: string; request: unknown }[],
}));
const exporter = vi.hoisted(() => ({ fails: false }));
vi.mock('../../db/exportInBackground', () => ({
  archiveJournalInBackground: async () => {
    if (exporter.fails) throw new Error('The export worker stopped');
    return { journal: new TextEncoder().encode('{"cases":[]}'), attachments: [], cases: 0 };
  },
}));
// The platform layer the code under test imports (`@platform`), standing in for the main process.
const bridge = vi.hoisted(() => ({ current: null as unknown as { invoke: (...args: never[]) => unknown } }));
vi.mock('@platform', () => ({ desktopBridge: { invoke: (...args: never[]) => bridge.current.invoke(...args) } }));
bridge.current = {
  invoke: (async (channel: IpcChannelName, request: IpcRequest<IpcChannelName>) => {
    main.calls.push({ channel, request });
    if (channel === IpcChannel.backupStatus) return main.status;
    if (channel === IpcChannel.beginBackup) return { status: 'opened', exportId: 'backup-1' };
    if (channel === IpcChannel.writeBackupFromFiles || channel === IpcChannel.abortArchiveExport) return undefined;
    if (channel === IpcChannel.finishBackup) {
      if (main.writeFails) {
        main.status = { ...main.status, lastFailure: { at: '2026-11-25T10:00:00.000Z', reason: 'diskFull', detail: 'ENOSPC' } };
        throw new Error('ENOSPC: no space left on device');
      }
      main.status = { ...main.status, due: false, lastSuccess: '2026-11-25T10:00:00.000Z' };
      return { status: 'written', backup: { name: 'b', kept: false, createdAt: '2026-11-25T10:00:00.000Z', caseCount: 0, size: 20 } };
    }
    if (channel === IpcChannel.recordBackupFailure) {
      main.status = { ...main.status, lastFailure: { at: '2026-11-25T10:00:01.000Z', reason: 'export', detail: (request as { detail: string }).detail } };
      return undefined;
    }
    throw new Error(`unexpected ${channel}`);
  }) as never,
};

const { BackupFailureNotice } = await import('./BackupFailureNotice');
const { isBackupFailing, refreshBackupStatus } = await import('./backupState');

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});
beforeEach(() => {
  main.calls = [];
  main.writeFails = false;
  exporter.fails = false;
  main.status = {
    folder: { kind: 'folder', path: '/data/backups' },
    due: true,
    nextDueAt: '2026-11-25T09:00:00.000Z',
    backups: [],
    lastSuccess: '2026-11-20T08:00:00.000Z',
    lastFailure: { at: '2026-11-25T09:00:00.000Z', reason: 'diskFull', detail: 'ENOSPC: no space left on device' },
  };
});
afterEach(cleanup);

const journal = { db: {}, appInfo: { name: 'Cancellation Journal', version: '1.0.0' } } as unknown as Journal;
async function showNotice() {
  render(
    <I18nextProvider i18n={i18n}>
      <JournalContext.Provider value={journal}>
        <BackupFailureNotice />
      </JournalContext.Provider>
    </I18nextProvider>,
  );
  await refreshBackupStatus();
}

describe('isBackupFailing', () => {
  it('is true only when the last attempt failed', () => {
    expect(isBackupFailing(null)).toBe(false);
    expect(isBackupFailing({ lastSuccess: null, lastFailure: null })).toBe(false);
    const failure = { at: '2026-11-25T09:00:00.000Z', reason: 'other' as const, detail: '' };
    expect(isBackupFailing({ lastSuccess: null, lastFailure: failure })).toBe(true);
    expect(isBackupFailing({ lastSuccess: '2026-11-25T08:00:00.000Z', lastFailure: failure })).toBe(true);
    expect(isBackupFailing({ lastSuccess: '2026-11-25T10:00:00.000Z', lastFailure: failure })).toBe(false);
  });
});

describe('the notice while backups fail', () => {
  it('says why and since when, cannot be dismissed, and goes once a backup succeeds', async () => {
    await showNotice();
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Backups are failing because the disk is full. The last backup that worked was made');
    expect(screen.queryByRole('button', { name: /dismiss/i })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(main.calls.map((call) => call.channel)).toEqual(expect.arrayContaining([IpcChannel.beginBackup, IpcChannel.writeBackupFromFiles, IpcChannel.finishBackup]));
  });

  it('stays when trying again fails', async () => {
    main.writeFails = true;
    await showNotice();
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy());
    expect(screen.getByRole('alert').textContent).toContain('the disk is full');
    // The main process recorded this failure itself, so it is not reported again.
    expect(main.calls.map((call) => call.channel)).not.toContain(IpcChannel.recordBackupFailure);
  });

  it('reports a failure the main process never saw (the export failed) so it is shown', async () => {
    exporter.fails = true;
    await showNotice();
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('the journal could not be exported'));
    expect(main.calls).toContainEqual({ channel: IpcChannel.recordBackupFailure, request: { detail: 'The export worker stopped' } });
  });
});
