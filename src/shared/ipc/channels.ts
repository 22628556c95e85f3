/**
 * Every IPC channel, declared once. Kept free of imports so the sandboxed preload can bundle it
 * without pulling in the schemas.
 */
export const IpcChannel = {
  getAppInfo: 'app:get-info',
  setInterfaceLanguage: 'app:set-interface-language',
  openExternal: 'shell:open-external',
  saveJournalJson: 'journal:save-json',
  /** Opens a journal file or a journal archive, whichever the user picks (told apart by their bytes). */
  openJournalFile: 'journal:open-file',
  abortArchiveExport: 'archive:export-abort',
  readArchive: 'archive:read',
  closeArchive: 'archive:close',
  saveReportPdf: 'report:save-pdf',
  openAttachmentFile: 'attachment:open-file',
  /** Attachment bytes kept as a file of their own, named by their SHA-256 (checked before it is named). */
  storeAttachmentBytes: 'attachment:store-bytes',
  /** A stored attachment's bytes, for a preview. */
  readAttachmentBytes: 'attachment:read-bytes',
  /** "Save a copy" of a stored attachment: copied from its file by the main process, no bytes through the window. */
  saveStoredAttachmentCopy: 'attachment:save-stored-copy',
  /** After "Delete for good": the files no attachment names any more are removed. */
  collectAttachmentGarbage: 'attachment:collect-garbage',
  /** Export archive from the attachment files: the window sends journal.json and the list of attachments; main writes the zip. */
  exportArchiveFromFiles: 'archive:export-from-files',
  /** An opened archive checked whole by main, its attachments written straight to the attachment files; journal.json comes back. */
  unpackArchiveToFiles: 'archive:unpack-to-files',
  /** How far main has got with the archive export or import the window named by its job id (asked while it runs). */
  archiveJobProgress: 'archive:job-progress',
  /** Cancel for an archive export or import under way in main: it stops and leaves nothing behind. */
  cancelArchiveJob: 'archive:job-cancel',
  backupStatus: 'backup:status',
  /** Starts an automatic backup when one is due; its archive is then written by writeBackupFromFiles. */
  beginBackup: 'backup:begin',
  /** The backup begun is written by the main process from the attachment files: the window sends only journal.json and the list of attachments. */
  writeBackupFromFiles: 'backup:write-from-files',
  /** The backup's archive is complete: checked, named and rotated by the main process. */
  finishBackup: 'backup:finish',
  readBackup: 'backup:read',
  recordBackupFailure: 'backup:record-failure',
  /** "Add to calendar" / "Export all deadlines": an iCalendar file saved where the user says. */
  saveCalendarFile: 'calendar:save-ics',
  /** Whether closing the window keeps the app in the tray, and whether it opens at login. */
  getBackgroundSettings: 'app:get-background-settings',
  setBackgroundSettings: 'app:set-background-settings',
  /** The reminders the journal's dates call for from today on; main shows each once as a system notification. */
  scheduleReminders: 'reminders:schedule',
  /** The case a clicked reminder asked to open while the page was still loading (null: none). */
  takeCaseToOpen: 'reminders:take-case-to-open',
  /** Whether "Export all deadlines…" was chosen in the menu while the page was not listening yet (taken once). */
  takeDeadlineExportAsk: 'calendar:take-export-ask',
} as const;
export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel];

export const ipcChannelNames: readonly string[] = Object.values(IpcChannel);

/**
 * Messages the main process sends the page (never the other way: the page asks through `invoke`).
 * Apart from IpcChannel, so the bridge's `invoke` cannot be pointed at them.
 */
export const MainMessage = {
  /** A reminder's notification was clicked: open this case. */
  openCase: 'reminders:open-case',
  /** "Export all deadlines…" in the application menu: the page runs the same export as its button. */
  exportAllDeadlines: 'calendar:export-all-deadlines',
} as const;
