// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { BackupStatus, OpenJournalResult } from '@shared/ipc/contract';
import { IpcChannel } from '@shared/ipc/channels';
import { resources } from '../../i18n/i18n';
import { JournalContext, type Journal } from '../../journalContext';
import { NoticeProvider } from '../../notices';

const status: BackupStatus = {
  folder: { kind: 'folder', path: '/data/backups' },
  due: false,
  nextDueAt: '2026-11-26T08:00:00.000Z',
  backups: [
    // Backups are archives now; those of earlier versions (gzip JSON, plain JSON) are listed beside them.
    { name: 'journal-backup-2026-11-26T08-00-00-000Z.3-cases.zip', kept: false, createdAt: '2026-11-26T08:00:00.000Z', caseCount: 3, size: 5 * 1024 * 1024 },
    { name: 'journal-backup-2026-11-25T08-00-00-000Z.0-cases.json.gz', kept: false, createdAt: '2026-11-25T08:00:00.000Z', caseCount: 0, size: 900 },
    { name: 'journal-backup-2026-05-01T08-00-00-000Z.json', kept: false, createdAt: '2026-05-01T08:00:00.000Z', caseCount: null, size: 2048 },
    { name: 'journal-backup-2026-04-01T08-00-00-000Z.1200-cases.json.gz', kept: true, createdAt: '2026-04-01T08:00:00.000Z', caseCount: 1200, size: 3 * 1024 * 1024 },
  ],
  lastSuccess: '2026-11-25T08:00:00.000Z',
  lastFailure: { at: '2026-11-24T08:00:00.000Z', reason: 'notAllowed', detail: "EROFS: read-only file system, open '/data/backups/x'" },
};
const reads: unknown[] = [];
// The platform layer the code under test imports (`@platform`), standing in for the main process.
const bridge = vi.hoisted(() => ({ current: null as unknown as { invoke: (...args: never[]) => unknown } }));
vi.mock('@platform', () => ({ desktopBridge: { invoke: (...args: never[]) => bridge.current.invoke(...args) } }));
bridge.current = {
  invoke: (async (channel: string, request: unknown) => {
    if (channel === IpcChannel.backupStatus) return status;
    if (channel === IpcChannel.readBackup) {
      reads.push(request);
      if ((request as { name: string }).name.endsWith('.zip')) return { status: 'archive', name: 'x.zip', archiveId: 'a-1', size: 5 * 1024 * 1024 };
      return { status: 'opened', name: 'x', text: '{}' };
    }
    throw new Error(`unexpected ${channel}`);
  }) as never,
};
const started: (() => Promise<OpenJournalResult>)[] = [];
vi.mock('../journalFiles/journalImportContext', () => ({ useJournalImport: () => ({ start: async (open: () => Promise<OpenJournalResult>) => void started.push(open) }) }));

const { BackupsSection } = await import('./BackupsSection');

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});
afterEach(cleanup);

describe('Backups in Settings', () => {
  it('show the last success, the last failure and why, each backup’s size and cases, and those kept aside', async () => {
    const journal = { db: {}, appInfo: { name: 'Cancellation Journal', version: '1.0.0' } } as unknown as Journal;
    render(
      <I18nextProvider i18n={i18n}>
        <JournalContext.Provider value={journal}>
          <NoticeProvider>
            <BackupsSection />
          </NoticeProvider>
        </JournalContext.Provider>
      </I18nextProvider>,
    );
    expect(await screen.findByText(/^Last backup: /)).toBeTruthy();
    expect(screen.getByText(/^Last failure: .*, because the backups folder may not be written to\.$/)).toBeTruthy();
    expect(screen.getByText(/^Next backup: /)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back up now' })).toBeNull();
    const rotation = within(screen.getByRole('list', { name: 'Backups' })).getAllByRole('listitem');
    expect(rotation.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/· 5\.0 MB · 3 cases/),
      expect.stringMatching(/· 0\.9 KB · 0 cases/),
      expect.stringMatching(/· 2\.0 KB · number of cases not recorded/),
    ]);
    const kept = within(screen.getByRole('list', { name: 'Kept aside' })).getAllByRole('listitem');
    expect(kept.map((item) => item.textContent)).toEqual([expect.stringMatching(/· 3\.0 MB · 1,200 cases/)]);
    await userEvent.click(within(kept[0]!).getByRole('button', { name: 'Restore backup' }));
    await started[0]!();
    expect(reads).toEqual([{ name: 'journal-backup-2026-04-01T08-00-00-000Z.1200-cases.json.gz', kept: true }]);
    // An archive backup is restored as an opened archive, read in pieces by the same import.
    await userEvent.click(within(rotation[0]!).getByRole('button', { name: 'Restore backup' }));
    expect(await started[1]!()).toEqual({ status: 'archive', name: 'x.zip', archiveId: 'a-1', size: 5 * 1024 * 1024 });
    expect(reads.at(-1)).toEqual({ name: 'journal-backup-2026-11-26T08-00-00-000Z.3-cases.zip', kept: false });
  });
});
