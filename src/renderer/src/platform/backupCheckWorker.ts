/// <reference lib="webworker" />
import { checkBackupArchive, type BackupCheck } from './backupCheck';

/**
 * Checks a browser backup off the page's thread: reading a 100,000-case archive back means
 * inflating and hashing every entry and parsing the whole journal — seconds of work that, on the
 * page, were long tasks in whatever the user was doing (the benchmark's first scroll pass).
 */
self.onmessage = (event: MessageEvent<Blob>) => {
  checkBackupArchive(event.data).then(
    (check) => self.postMessage(check satisfies BackupCheck),
    (error: unknown) => self.postMessage({ ok: false, reason: 'damaged', message: error instanceof Error ? error.message : String(error) } satisfies BackupCheck),
  );
};
