import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { IpcChannel } from '@shared/ipc/channels';
import type { BackupEntry } from '@shared/ipc/contract';
import { desktopBridge } from '@platform';
import { useJournal } from '../../journalContext';
import { useFormatters } from '../../i18n/useFormatters';
import { useNotify } from '../../notices';
import { backUpIfDue, refreshBackupStatus, useBackupStatus, useJournalImport } from '../journalFiles';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Sizes as people read them: KB up to a megabyte, then MB, in the interface language's digits. */
function useSize() {
  const { t } = useTranslation();
  const { locale } = useFormatters();
  return (bytes: number) => {
    const mb = bytes >= 1024 * 1024;
    const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / (mb ? 1024 * 1024 : 1024));
    return t(mb ? 'backups.sizeMB' : 'backups.sizeKB', { size });
  };
}

/**
 * Where the automatic backups are, how they are going (last success, last failure and why, when
 * the next is due), and a way back to any of them through the normal import.
 */
export function BackupsSection() {
  const { t } = useTranslation();
  const { db, appInfo } = useJournal();
  const format = useFormatters();
  const size = useSize();
  const notify = useNotify();
  const journalImport = useJournalImport();
  const status = useBackupStatus();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    refreshBackupStatus().catch((error: unknown) => notify('error', (t) => t('backups.failed', { message: messageOf(error) })));
  }, [notify]);

  // Only offered while one is due: the main process refuses a backup less than a day after the last.
  const backUpNow = async () => {
    setBusy(true);
    try {
      const result = await backUpIfDue(db, { name: appInfo.name, version: appInfo.version });
      if (result.status === 'written') notify('info', (t) => t('backups.made'));
      else notify('info', (t) => t('backups.notDue', { time: format.timestamp(result.nextDueAt) }));
    } catch (error) {
      notify('error', (t) => t('backups.failed', { message: messageOf(error) }));
    } finally {
      setBusy(false);
    }
  };

  const restore = (backup: BackupEntry) =>
    void journalImport.start(() => desktopBridge.invoke(IpcChannel.readBackup, { name: backup.name, kept: backup.kept }));

  const item = (backup: BackupEntry) => (
    <li key={`${backup.kept ? 'kept/' : ''}${backup.name}`}>
      <span>
        {format.timestamp(backup.createdAt)} · {size(backup.size)} ·{' '}
        {backup.caseCount === null
          ? t('backups.casesUnknown')
          : t('backups.cases', { count: backup.caseCount, cases: new Intl.NumberFormat(format.locale).format(backup.caseCount) })}
      </span>
      <button type="button" onClick={() => restore(backup)}>
        {t('backups.restore')}
      </button>
    </li>
  );

  const inRotation = status?.backups.filter((backup) => !backup.kept) ?? [];
  const keptAside = status?.backups.filter((backup) => backup.kept) ?? [];
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
          <p>{status.lastSuccess ? t('backups.lastSuccess', { time: format.timestamp(status.lastSuccess) }) : t('backups.noSuccess')}</p>
          {status.lastFailure && (
            <p className="backup-failure">
              {t('backups.lastFailure', {
                time: format.timestamp(status.lastFailure.at),
                reason: t(`backups.reason.${status.lastFailure.reason}`),
              })}
            </p>
          )}
          {status.lastFailure && (
            // The system's own words (often English, with paths): for whoever looks into it, folded away.
            <details className="help">
              <summary>{t('backups.technicalDetail')}</summary>
              <code>{status.lastFailure.detail}</code>
            </details>
          )}
          {inRotation.length === 0 ? (
            <p className="help">{t('backups.none')}</p>
          ) : (
            <ul className="backup-list" aria-label={t('backups.heading')}>
              {inRotation.map(item)}
            </ul>
          )}
          {keptAside.length > 0 && (
            <>
              <h4>{t('backups.keptHeading')}</h4>
              <p className="help">{t('backups.keptHelp')}</p>
              <ul className="backup-list" aria-label={t('backups.keptHeading')}>
                {keptAside.map(item)}
              </ul>
            </>
          )}
          {status.due ? (
            <button type="button" disabled={busy} onClick={() => void backUpNow()}>
              {t('backups.now')}
            </button>
          ) : (
            <p className="help">{t('backups.next', { time: format.timestamp(status.nextDueAt) })}</p>
          )}
        </>
      )}
    </section>
  );
}
