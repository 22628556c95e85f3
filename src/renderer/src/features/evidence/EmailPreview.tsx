import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactOf, emailDay, readEmail, type EmailMessage } from '@shared/evidence/emailMessage';
import type { CalendarDate } from '@shared/domain/calendarDate';
import { useFormatters } from '../../i18n/useFormatters';

export interface EmailOffers {
  /** The case's "Confirmed on" now, so a date already taken is not offered again. */
  confirmedOn: CalendarDate | null;
  supportContact: string;
  useAsConfirmedOn: (day: CalendarDate) => void;
  useAsSupportContact: (contact: string) => void;
}

/**
 * A saved e-mail, read with postal-mime (loaded with this component): its headers and its text,
 * never its HTML. Offers what a confirmation e-mail proves: the day the account was closed and who
 * at the provider said so.
 */
export default function EmailPreview({ bytes, offers }: { bytes: Uint8Array; offers: EmailOffers }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [message, setMessage] = useState<EmailMessage | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    readEmail(bytes).then(
      (read) => !cancelled && setMessage(read),
      (error: unknown) => !cancelled && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [bytes]);
  if (failure) return <p className="help">{t('evidence.previewFailed', { message: failure })}</p>;
  if (!message) return <p className="loading">{t('list.loading')}</p>;
  const day = emailDay(message);
  const contact = message.from ? contactOf(message.from) : '';
  const people = (addresses: EmailMessage['to']) => addresses.map(contactOf).join(', ');
  return (
    <div className="email-preview">
      <dl className="email-headers">
        <dt>{t('evidence.emailFrom')}</dt>
        <dd>{message.from ? contactOf(message.from) : '—'}</dd>
        <dt>{t('evidence.emailTo')}</dt>
        <dd>{people(message.to) || '—'}</dd>
        <dt>{t('evidence.emailDate')}</dt>
        <dd>{message.date ? format.timestamp(message.date) : t('evidence.emailNoDate')}</dd>
        <dt>{t('evidence.emailSubject')}</dt>
        <dd className="email-subject">{message.subject || '—'}</dd>
      </dl>
      <pre className="email-text">{message.text}</pre>
      {message.attachments.length > 0 && (
        <>
          <h4>{t('evidence.emailAttachments')}</h4>
          <ul className="email-attachments">
            {message.attachments.map((attachment, index) => (
              <li key={index}>
                {attachment.name || attachment.mediaType} · {format.fileSize(attachment.size)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="email-offers">
        {day && day !== offers.confirmedOn && (
          <button type="button" onClick={() => offers.useAsConfirmedOn(day)}>
            {t('evidence.useDateAsConfirmed', { date: format.date(day) })}
          </button>
        )}
        {contact && contact !== offers.supportContact && (
          <button type="button" onClick={() => offers.useAsSupportContact(contact)}>
            {t('evidence.useSenderAsContact', { contact })}
          </button>
        )}
      </div>
    </div>
  );
}
