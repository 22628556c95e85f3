import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '@shared/domain/caseSchema';
import { previewKindOf } from '@shared/evidence/attachmentFiles';
import { useJournal } from '../../journalContext';
import type { EmailOffers } from './EmailPreview';

// pdf.js and postal-mime load when a PDF or an e-mail is first previewed, never before.
const PdfPages = lazy(() => import('./PdfPages'));
const EmailPreview = lazy(() => import('./EmailPreview'));

/** An image's bytes as an address the page can show, for as long as it is shown. */
function useObjectUrl(bytes: Uint8Array | null, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!bytes) return;
    const made = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes, type]);
  return url;
}

/**
 * An attachment shown inside the app: an image, a PDF's pages, or an e-mail's headers and text.
 * The bytes are read only now, for this attachment. An ID document stays blurred until the user
 * clicks it, so it is not on screen by accident (someone looking over a shoulder, a screen share).
 */
export function AttachmentPreview({ caseId, attachment, emailOffers }: { caseId: string; attachment: Attachment; emailOffers: EmailOffers }) {
  const { t } = useTranslation();
  const { cases } = useJournal();
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(attachment.kind !== 'id_document');
  const kind = previewKindOf(attachment.mediaType);
  const imageUrl = useObjectUrl(kind === 'image' ? bytes : null, attachment.mediaType);

  useEffect(() => {
    if (kind === null) return;
    let cancelled = false;
    cases.attachments.contentOf(caseId, attachment.id).then(
      (data) => !cancelled && setBytes(data),
      (error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [cases, caseId, attachment.id, kind]);

  if (kind === null) return <p className="help attachment-preview">{t('evidence.noPreview')}</p>;
  if (failure) return <p className="help attachment-preview">{t('evidence.previewFailed', { message: failure })}</p>;
  if (!bytes) return <p className="loading attachment-preview">{t('list.loading')}</p>;
  const content =
    kind === 'image' ? (
      imageUrl && <img className="image-preview" src={imageUrl} alt={attachment.name} />
    ) : kind === 'pdf' ? (
      <PdfPages bytes={bytes} name={attachment.name} />
    ) : (
      <EmailPreview bytes={bytes} offers={emailOffers} />
    );
  const sensitive = !revealed;
  return (
    <div className={`attachment-preview${sensitive ? ' sensitive' : ''}`} data-blurred={sensitive}>
      <Suspense fallback={<p className="loading">{t('list.loading')}</p>}>
        {/* Hidden from assistive technology while blurred: it would read out what the blur hides. */}
        <div className="preview-content" aria-hidden={sensitive} inert={sensitive}>
          {content}
        </div>
      </Suspense>
      {sensitive && (
        <button type="button" className="reveal-sensitive" title={t('evidence.sensitiveHidden')} onClick={() => setRevealed(true)}>
          {t('evidence.showSensitive')}
        </button>
      )}
    </div>
  );
}
