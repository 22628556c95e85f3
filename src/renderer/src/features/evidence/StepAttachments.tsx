import { useTranslation } from 'react-i18next';
import type { Attachment } from '@shared/domain/caseSchema';

/** The names and kinds of a step's attachments, under the step (they are shown whole in Evidence). */
export function StepAttachments({ attachments }: { attachments: readonly Attachment[] }) {
  const { t } = useTranslation();
  const live = attachments.filter((attachment) => attachment.deletedAt === null);
  if (live.length === 0) return null;
  return (
    <ul className="step-attachments" aria-label={t('evidence.stepFiles')}>
      {live.map((attachment) => (
        <li key={attachment.id}>
          <span className="attachment-name">{attachment.name}</span> <span className="help">{t(`attachmentKind.${attachment.kind}`)}</span>
        </li>
      ))}
    </ul>
  );
}
