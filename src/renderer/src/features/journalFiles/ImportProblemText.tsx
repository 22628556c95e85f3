import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { JournalFileProblem } from '@shared/journalFile/readJournalFile';
import type { FieldProblem } from '@shared/journalFile/fieldProblem';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What is wrong with a field, to follow its path in a sentence. */
function fieldProblemText(t: TFunction, problem: FieldProblem): string {
  switch (problem.kind) {
    case 'missing':
    case 'timestamp':
      return t(`import.field.${problem.kind}`);
    case 'wrongType':
      return t('import.field.wrongType', { type: t(`import.type.${problem.expected}`) });
    case 'notOneOf':
      return t('import.field.notOneOf', { allowed: problem.allowed.map((value) => `“${value}”`).join(t('import.listSeparator')) });
    case 'tooLong':
    case 'tooShort':
      return t(`import.field.${problem.kind}.${problem.of}`, { count: problem.kind === 'tooLong' ? problem.maximum : problem.minimum });
    case 'tooLarge':
      return t('import.field.tooLarge', { maximum: problem.maximum });
    case 'tooSmall':
      return t('import.field.tooSmall', { minimum: problem.minimum });
    case 'schema':
      return t(`import.field.schema.${problem.name}`);
    case 'other':
      return t('import.field.other', { message: problem.message });
  }
}

/** The problem with a file, in the user's language, naming what is wrong and where. */
export function ImportProblemText({ name, problem }: { name: string; problem: JournalFileProblem }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case 'tooLarge':
      return <>{t('import.problem.tooLarge', { name, size: megabytes(problem.size), limit: megabytes(problem.limit) })}</>;
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
    case 'invalidCase':
      return (
        <>
          {t(problem.title ? 'import.problem.invalidCaseTitled' : 'import.problem.invalidCase', {
            number: problem.number,
            title: problem.title,
            path: problem.path,
            message: fieldProblemText(t, problem.problem),
          })}
        </>
      );
    case 'invalidTemplate':
      return <>{t('import.problem.invalidTemplate', { number: problem.number, path: problem.path, message: fieldProblemText(t, problem.problem) })}</>;
    case 'duplicateId':
      return <>{t('import.problem.duplicateId', { first: problem.first, second: problem.second, id: problem.id })}</>;
    case 'attachmentMismatch':
      return <>{t(`import.problem.attachment.${problem.reason}`, { number: problem.number, name: problem.name })}</>;
  }
}
