import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal } from '../../journalContext';
import { useFormatters } from '../../i18n/useFormatters';
import { backUpIfDue, isBackupFailing, useBackupStatus } from './backupState';

/**
 * Stays on screen while backups fail (a full disk, a folder that may not be written): a journal
 * kept as evidence must not go without backups unnoticed. It cannot be dismissed, only resolved:
 * it goes when a backup succeeds.
 */
export function BackupFailureNotice() {
  const { t } = useTranslation();
  const { db, appInfo } = useJournal();
  const format = useFormatters();
  const status = useBackupStatus();
  const [trying, setTrying] = useState(false);
  if (!status || !isBackupFailing(status) || !status.lastFailure) return null;
  const reason = t(`backups.reason.${status.lastFailure.reason}`);
  return (
    <div className="notice-card error backup-failing" role="alert">
      <p>
        {status.lastSuccess
          ? t('backups.failing', { reason, time: format.timestamp(status.lastSuccess) })
          : t('backups.failingNever', { reason })}
      </p>
      {status.due && (
        <button
          type="button"
          className="link-button"
          disabled={trying}
          onClick={() => {
            setTrying(true);
            // The outcome reaches this notice (and Settings) through the backup status.
            void backUpIfDue(db, appInfo)
              .catch(() => undefined)
              .finally(() => setTrying(false));
          }}
        >
          {trying ? t('backups.trying') : t('backups.tryAgain')}
        </button>
      )}
    </div>
  );
}
