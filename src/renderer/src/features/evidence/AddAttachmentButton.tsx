import { useTranslation } from 'react-i18next';
import { useEvidence } from './useEvidence';

/**
 * "Add attachment", for the case or for one step (`stepId`): the platform's file dialog. Its name is
 * the same everywhere; `describedBy` says what it adds to (the step's title).
 */
export function AddAttachmentButton({ caseId, stepId, describedBy, className }: { caseId: string; stepId: string | null; describedBy?: string; className?: string }) {
  const { t } = useTranslation();
  const evidence = useEvidence(caseId);
  return (
    <button type="button" className={className} aria-describedby={describedBy} onClick={() => void evidence.pickAndAdd(stepId)}>
      {t('action.addAttachment')}
    </button>
  );
}
