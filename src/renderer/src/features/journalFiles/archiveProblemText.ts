import type { TFunction } from 'i18next';
import type { ArchiveProblem } from '@shared/journalArchive/archiveProblem';
import { formattersFor } from '../../i18n/useFormatters';

/** Why an archive was refused, in the interface's language, naming the entry where there is one. */
export function archiveProblemText(t: TFunction, name: string, problem: ArchiveProblem, language: string): string {
  switch (problem.kind) {
    case 'notZip':
      return t(`import.problem.archive.notZip.${problem.reason}`, { name });
    case 'noManifest':
    case 'noJournal':
      return t(`import.problem.archive.${problem.kind}`, { name });
    case 'badManifest':
      return problem.reason === 'notJson'
        ? t('import.problem.archive.badManifest.notJson', { name })
        : problem.reason === 'shape'
          ? t('import.problem.archive.badManifest.shape', { name, field: problem.field })
          : t('import.problem.archive.badManifest.tooManyEntries', { name, limit: problem.limit });
    case 'newerArchive':
      return t('import.problem.archive.newerArchive', { name, version: problem.version, supported: problem.supported });
    case 'entryTooLarge':
      return t('import.problem.archive.entryTooLarge', { name, entry: problem.entry, size: formattersFor(language).fileSize(problem.size), limit: formattersFor(language).fileSize(problem.limit) });
    case 'damagedEntry':
      return t(`import.problem.archive.damagedEntry.${problem.reason}`, { name, entry: problem.entry });
    case 'attachmentNotInArchive':
      return t('import.problem.archive.attachmentNotInArchive', { name, number: problem.number, attachment: problem.name });
    case 'unsafeEntry':
    case 'duplicateEntry':
    case 'encryptedEntry':
    case 'unlistedEntry':
    case 'missingEntry':
    case 'sizeMismatch':
    case 'compressionRatio':
    case 'hashMismatch':
      return t(`import.problem.archive.${problem.kind}`, { name, entry: problem.entry });
  }
}
