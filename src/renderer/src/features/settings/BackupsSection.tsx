import { useCallback, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { IpcChannel } from '@shared/ipc/channels';
import type { BackupStatus } from '@shared/ipc/contract';
import { desktopBridge } from '../../platform/desktopBridge';
import { useJournal } from '../../journalContext';
import { exportJournalBytes } from '../../db/exportInBackground';
import { useFormatters } from '../../i18n/useFormatters';
import { useNotify } from '../../notices';
import { useJournalImport } from '../journalFiles/journalImportContext';

/** Where the automatic backups are, and a way back to any of them through the normal import. */
export function BackupsSection() {
  const { t } = useTranslation();
  const { db, appInfo } = useJournal();
  const format = useFormatters();
  const notify = useNotify();
  const journalImport = useJournalImport();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const refresh = useCallback(() => {
    desktopBridge.invoke(IpcChannel.backupStatus, undefined).then(setStatus, (error: unknown) => {
      notify('error', 'backups.failed', { message: error instanceof Error ? error.message : String(error) });
    });
  }, [notify]);
  useEffect(refresh, [refresh]);

  const backUpNow = async () => {
    try {
      const { bytes } = await exportJournalBytes(db, { kind: 'all' }, { name: appInfo.name, version: appInfo.version });
      await desktopBridge.invoke(IpcChannel.writeBackup, { contents: bytes });
      notify('info', 'backups.made');
      refresh();
    } catch (error) {
      notify('error', 'backups.failed', { message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="settings-section">
      <h3>{t('backups.heading')}</h3>
      <p className="help">{t('backups.help')}</p>
      {status && (
        <>
          <p>
            <Trans
              i18nKey="backups.folder"
              values={{ place: status.folder.kind === 'folder' ? status.folder.path : t('backups.browserFolder') }}
              components={{ place: status.folder.kind === 'folder' ? <code /> : <span /> }}
            />
          </p>
          {status.backups.length === 0 ? (
            <p className="help">{t('backups.none')}</p>
          ) : (
            <ul className="backup-list" aria-label={t('backups.heading')}>
              {status.backups.map((backup) => (
                <li key={backup.name}>
                  <span>
                    {format.timestamp(backup.createdAt)} · {(backup.size / 1024).toFixed(1)} KB
                  </span>
                  <button
                    type="button"
                    onClick={() =>
                      void journalImport.start(async () => ({
                        status: 'opened',
                        ...(await desktopBridge.invoke(IpcChannel.readBackup, { name: backup.name })),
                      }))
                    }
                  >
                    {t('backups.restore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <button type="button" onClick={() => void backUpNow()}>
        {t('backups.now')}
      </button>
    </section>
  );
}
