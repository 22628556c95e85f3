import { useTranslation } from 'react-i18next';
import type { JournalFileProblem } from '@shared/journalFile/readJournalFile';
import { fieldProblemText } from './fieldProblemText';
import { archiveProblemText } from './archiveProblemText';
import { useFormatters } from '../../i18n/useFormatters';

/** The problem with a file, in the user's language, naming what is wrong and where. */
export function ImportProblemText({ name, problem }: { name: string; problem: JournalFileProblem }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  switch (problem.kind) {
    case 'tooLarge':
      return <>{t('import.problem.tooLarge', { name, size: format.fileSize(problem.size), limit: format.fileSize(problem.limit) })}</>;
    case 'notUtf8':
      return <>{t('import.problem.notUtf8', { name, offset: problem.offset.toLocaleString(i18n.language) })}</>;
    case 'notJson':
      return <>{t('import.problem.notJson', { name, detail: problem.detail })}</>;
    case 'notJournal':
      return <>{t('import.problem.notJournal', { name })}</>;
    case 'newerVersion':
      return <>{t('import.problem.newerVersion', { name, version: problem.version, supported: problem.supported })}</>;
    case 'unsupportedVersion':
      return <>{t('import.problem.unsupportedVersion', { name, version: problem.version })}</>;
    case 'invalidHeader':
      return <>{t('import.problem.invalidHeader', { name, path: problem.path, message: fieldProblemText(t, problem.problem) })}</>;
    case 'invalidCase': {
      const where = { number: problem.number, path: problem.path, message: fieldProblemText(t, problem.problem) };
      return <>{problem.title ? t('import.problem.invalidCaseTitled', { ...where, title: problem.title }) : t('import.problem.invalidCase', where)}</>;
    }
    case 'invalidTemplate':
      return <>{t('import.problem.invalidTemplate', { number: problem.number, path: problem.path, message: fieldProblemText(t, problem.problem) })}</>;
    case 'duplicateId':
      return <>{t('import.problem.duplicateId', { first: problem.first, second: problem.second, id: problem.id })}</>;
    case 'duplicateAttachmentId':
      return <>{t('import.problem.duplicateAttachmentId', { first: problem.first, second: problem.second, id: problem.id })}</>;
    case 'duplicateTemplate':
      return <>{t('import.problem.duplicateTemplate', { first: problem.first, second: problem.second, name: problem.name })}</>;
    case 'attachmentMismatch':
      return <>{t(`import.problem.attachment.${problem.reason}`, { number: problem.number, name: problem.name })}</>;
    case 'archive':
      return <>{archiveProblemText(t, name, problem.problem, i18n.language)}</>;
  }
}
