import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contactChannels, type ContactChannel, type ContactEntry } from '@shared/domain/timelineSchema';
import { isoToLocalDateTime, localDateTimeToIso } from '@shared/domain/timeline';
import type { Attachment } from '@shared/domain/caseSchema';
import { useJournal } from '../../journalContext';
import { AddAttachmentButton } from '../evidence';
import { addBusinessDaysSkippingHolidays } from '@shared/domain/businessDays';
import { calendarDatePattern } from '@shared/domain/calendarDate';
import { usePublicHolidays } from '../../holidays/usePublicHolidays';
import { useFormatters } from '../../i18n/useFormatters';
import { TextField } from '../../components/TextField';
import { SelectField } from '../../components/SelectField';
import { FieldError } from '../../components/FieldError';

interface ContactDialogProps {
  caseId: string;
  /** The case's attachments as they are now (one added from the dialog shows here at once). */
  attachments: readonly Attachment[];
  /** The contact this one corrects; null for a new contact. */
  correcting: ContactEntry | null;
  /** The case's country, whose public holidays a follow-up in business days skips. */
  country: string | null;
  onClose: () => void;
}

/** The follow-ups offered with a contact ("they said 3 business days"), in business days. */
const followUpChoices = [1, 2, 3, 5, 10, 15] as const;

/** Now, to the minute, as a `datetime-local` field shows it. */
function nowLocal(): string {
  return isoToLocalDateTime(new Date().toISOString());
}

/**
 * "Add contact": a contact with the provider — when, how, who, what was said, the reference given —
 * logged in the case's history. A correction opens with the contact's words, and is saved as a new
 * entry beside it (the contact itself is never changed).
 */
export function ContactDialog({ caseId, attachments, correcting, country, onClose }: ContactDialogProps) {
  const { t } = useTranslation();
  const { cases } = useJournal();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [at, setAt] = useState(() => (correcting ? isoToLocalDateTime(correcting.at) : nowLocal()));
  const [channel, setChannel] = useState<ContactChannel>(correcting?.channel ?? 'phone');
  const [who, setWho] = useState(correcting?.who ?? '');
  const [said, setSaid] = useState(correcting?.said ?? '');
  const [reference, setReference] = useState(correcting?.reference ?? '');
  const [linked, setLinked] = useState<ReadonlySet<string>>(() => new Set(correcting?.attachmentIds ?? []));
  const [followUpIn, setFollowUpIn] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const format = useFormatters();
  const isHoliday = usePublicHolidays(country);
  // Counted from the day of the contact, as "three business days" is meant when it is said.
  const contactDay = calendarDatePattern.test(at.slice(0, 10)) ? at.slice(0, 10) : null;
  const followUpOn = (days: number) => (contactDay ? addBusinessDaysSkippingHolidays(contactDay, days, isHoliday) : null);
  const [saving, setSaving] = useState(false);
  const live = attachments.filter((attachment) => attachment.deletedAt === null);
  // A file added from this dialog (a recording, the e-mail of this call) belongs to this contact.
  const known = useRef<ReadonlySet<string>>(new Set(attachments.map((attachment) => attachment.id)));
  useEffect(() => {
    const added = attachments.filter((attachment) => !known.current.has(attachment.id)).map((attachment) => attachment.id);
    if (added.length === 0) return;
    known.current = new Set([...known.current, ...added]);
    setLinked((current) => new Set([...current, ...added]));
  }, [attachments]);
  const toggle = (attachmentId: string, on: boolean) =>
    setLinked((current) => {
      const next = new Set(current);
      if (on) next.add(attachmentId);
      else next.delete(attachmentId);
      return next;
    });

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const moment = localDateTimeToIso(at);
    if (!moment) return setProblem(t('contact.atMissing'));
    if (said.trim() === '') return setProblem(t('contact.saidMissing'));
    setProblem(null);
    setSaving(true);
    try {
      // Only files still on the case: one moved to its Trash meanwhile is not linked.
      const attachmentIds = live.filter((attachment) => linked.has(attachment.id)).map((attachment) => attachment.id);
      const followUp = followUpIn === null ? null : followUpOn(followUpIn);
      await cases.logContact(caseId, { at: moment, channel, who, said, reference, attachmentIds }, correcting?.id ?? null, followUp);
      dialog.current?.close();
    } catch (error) {
      setProblem(t('contact.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  const title = correcting ? t('contact.correctTitle') : t('history.addContact');
  return (
    <dialog ref={dialog} className="confirm-dialog contact-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={(event) => void save(event)} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="help">{correcting ? t('contact.correctHelp') : t('contact.help')}</p>
        <div className="contact-fields">
          <TextField label={t('contact.at')} type="datetime-local" value={at} onSave={setAt} />
          <SelectField
            label={t('contact.channel')}
            value={channel}
            options={contactChannels.map((option) => ({ value: option, label: t(`contactChannel.${option}`) }))}
            onChange={setChannel}
          />
          <TextField label={t('contact.who')} value={who} maxLength={500} onSave={setWho} />
          <TextField label={t('contact.reference')} value={reference} maxLength={500} onSave={setReference} />
          <SelectField
            label={t('contact.followUp')}
            value={followUpIn === null ? '' : String(followUpIn)}
            options={[
              { value: '', label: t('contact.followUpNone') },
              ...followUpChoices.map((days) => ({ value: String(days), label: t('contact.followUpIn', { count: days, date: format.date(followUpOn(days)) }) })),
            ]}
            onChange={(value) => setFollowUpIn(value === '' ? null : Number(value))}
          />
          <TextField label={t('contact.said')} className="contact-said" multiline rows={5} value={said} maxLength={20_000} onSave={setSaid} />
        </div>
        <FieldError id={`${id}-problem`} message={problem} />
        <fieldset className="contact-attachments">
          <legend>{t('contact.attachments')}</legend>
          {live.length === 0 && <p className="help">{t('contact.noAttachments')}</p>}
          {live.map((attachment) => (
            <label key={attachment.id} className="checkbox-label">
              <input type="checkbox" checked={linked.has(attachment.id)} onChange={(event) => toggle(attachment.id, event.target.checked)} />
              {attachment.name} <span className="help">· {t(`attachmentKind.${attachment.kind}`)}</span>
            </label>
          ))}
          <AddAttachmentButton caseId={caseId} stepId={null} />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {t('contact.save')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
