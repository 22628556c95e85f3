/** What other features use of import, export and backups. */
export { useJournalExport } from './useJournalExport';
export { useJournalImport } from './journalImportContext';
export { backUpIfDue, refreshBackupStatus, useBackupStatus } from './backupState';
export { ArchiveExportProvider, useArchiveExport } from './archiveExportContext';
