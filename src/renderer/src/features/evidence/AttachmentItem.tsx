import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentKinds, type Attachment, type AttachmentKind, type ChecklistItem } from '@shared/domain/caseSchema';
import { previewKindOf, shortHash } from '@shared/evidence/attachmentFiles';
import { useFormatters } from '../../i18n/useFormatters';
import { useNotify } from '../../notices';
import { AttachmentPreview } from './AttachmentPreview';
import type { EmailOffers } from './EmailPreview';

interface AttachmentItemProps {
  caseId: string;
  attachment: Attachment;
  step: ChecklistItem | undefined;
  emailOffers: EmailOffers;
  onChangeKind: (kind: AttachmentKind) => void;
  onSaveCopy: () => void;
  onMoveToTrash: () => void;
}

/**
 * One piece of evidence: its name, kind (the app's guess, changeable), size, when it was added, the
 * step it proves, and the start of its SHA-256 (the whole on hover, and copied with a click).
 */
export function AttachmentItem({ caseId, attachment, step, emailOffers, onChangeKind, onSaveCopy, onMoveToTrash }: AttachmentItemProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const notify = useNotify();
  const id = useId();
  const [previewOpen, setPreviewOpen] = useState(false);
  const canPreview = previewKindOf(attachment.mediaType) !== null;
  const copyHash = () =>
    navigator.clipboard.writeText(attachment.sha256).then(
      () => notify('info', (t) => t('evidence.hashCopied', { name: attachment.name })),
      (error: unknown) => notify('error', (t) => t('evidence.failed', { message: error instanceof Error ? error.message : String(error) })),
    );
  return (
    <li className={`attachment kind-${attachment.kind}`} data-attachment-id={attachment.id} aria-labelledby={`${id}-name`}>
      <div className="attachment-head">
        <span id={`${id}-name`} className="attachment-name">
          {attachment.name}
        </span>
        <label className="attachment-kind">
          <span className="visually-hidden">{t('evidence.kind')}</span>
          <select value={attachment.kind} aria-describedby={`${id}-name`} onChange={(event) => onChangeKind(event.target.value as AttachmentKind)}>
            {attachmentKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`attachmentKind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="attachment-meta">
        <span className="attachment-size" title={`${attachment.size.toLocaleString(format.locale)} B`}>
          {format.fileSize(attachment.size)}
        </span>
        <span>{t('evidence.addedOn', { date: format.timestamp(attachment.addedAt) })}</span>
        {step && <span className="attachment-step">{t('evidence.forStep', { step: step.title })}</span>}
        <span className="attachment-hash">
          {t('evidence.hash')}{' '}
          <code title={attachment.sha256} data-sha256={attachment.sha256}>
            {shortHash(attachment.sha256)}…
          </code>
        </span>
      </p>
      <div className="attachment-actions">
        {canPreview && (
          <button type="button" aria-expanded={previewOpen} aria-describedby={`${id}-name`} onClick={() => setPreviewOpen(!previewOpen)}>
            {previewOpen ? t('evidence.hidePreview') : t('evidence.preview')}
          </button>
        )}
        <button type="button" aria-describedby={`${id}-name`} onClick={onSaveCopy}>
          {t('action.saveCopy')}
        </button>
        <button type="button" className="link-button" aria-describedby={`${id}-name`} onClick={() => void copyHash()}>
          {t('evidence.copyHash')}
        </button>
        <button type="button" className="link-button danger" aria-describedby={`${id}-name`} onClick={onMoveToTrash}>
          {t('evidence.moveToTrash')}
        </button>
      </div>
      {!canPreview && <p className="help">{t('evidence.noPreview')}</p>}
      {previewOpen && <AttachmentPreview caseId={caseId} attachment={attachment} emailOffers={emailOffers} />}
    </li>
  );
}
