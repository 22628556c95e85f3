import { useTranslation } from 'react-i18next';
import type { JournalCase } from '@shared/domain/caseSchema';
import { confirmOn } from '@shared/domain/statusChange';
import { AddAttachmentButton, EvidenceList, type EmailOffers } from '../evidence';
import { useNotify } from '../../notices';
import { useFormatters } from '../../i18n/useFormatters';
import { Section } from './Section';
import type { EditCase, SetStatus } from './useCase';

/**
 * The case's evidence. An e-mail in it may give the case its "Confirmed on" (through the status
 * path when the case is not confirmed yet, so the history says so) and its support contact.
 */
export function EvidenceSection({ journalCase: c, edit, setStatus }: { journalCase: JournalCase; edit: EditCase; setStatus: SetStatus }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const format = useFormatters();
  const live = c.attachments.filter((attachment) => attachment.deletedAt === null).length;
  const emailOffers: EmailOffers = {
    confirmedOn: c.confirmation.confirmedOn,
    supportContact: c.provider.supportContact,
    useAsConfirmedOn: (day) => {
      if (c.status === 'confirmed') edit((current) => confirmOn(current, day, new Date()));
      else setStatus('confirmed', day);
      notify('info', (t) => t('evidence.confirmedFromEmail', { date: format.date(day) }));
    },
    useAsSupportContact: (contact) => {
      edit((current) => ({ ...current, provider: { ...current.provider, supportContact: contact } }));
      notify('info', (t) => t('evidence.contactFromEmail', { contact }));
    },
  };
  return (
    <Section
      title={t('section.evidence')}
      help={t('evidence.help')}
      aside={<span className="section-aside">{t('evidence.count', { count: live })}</span>}
      actions={<AddAttachmentButton caseId={c.id} stepId={null} />}
    >
      <EvidenceList journalCase={c} emailOffers={emailOffers} />
    </Section>
  );
}
