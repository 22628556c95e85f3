import type { TFunction } from 'i18next';
import type { FieldProblem } from '@shared/journalFile/fieldProblem';

/** What is wrong with a field of an imported file, in the interface's language, to follow its path. */
export function fieldProblemText(t: TFunction, problem: FieldProblem): string {
  switch (problem.kind) {
    case 'missing':
    case 'timestamp':
      return t(`import.field.${problem.kind}`);
    case 'wrongType':
      return t('import.field.wrongType', { type: t(`import.type.${problem.expected}`) });
    case 'notOneOf':
      return t('import.field.notOneOf', { allowed: problem.allowed.map((value) => `“${value}”`).join(t('import.listSeparator')) });
    case 'tooLong':
      return t(`import.field.tooLong.${problem.of}`, { count: problem.maximum });
    case 'tooShort':
      return t(`import.field.tooShort.${problem.of}`, { count: problem.minimum });
    case 'tooLarge':
      return t(`import.field.tooLarge.${problem.inclusive ? 'inclusive' : 'exclusive'}`, { maximum: problem.maximum });
    case 'tooSmall':
      return t(`import.field.tooSmall.${problem.inclusive ? 'inclusive' : 'exclusive'}`, { minimum: problem.minimum });
    case 'schema':
      return t(`import.field.schema.${problem.name}`);
    case 'other':
      return t('import.field.other', { message: problem.message });
  }
}
