import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '@shared/domain/timelineSchema';
import { amountFields, dateFields, type KeyField } from '@shared/domain/timelineVocabulary';
import { billingPeriods, type BillingPeriod } from '@shared/domain/caseVocabulary';

const isBillingPeriod = (text: string): text is BillingPeriod => (billingPeriods as readonly string[]).includes(text);
import { useFormatters } from '../../i18n/useFormatters';

/** Each key field by the name its field has on the case page. */
const fieldLabels = {
  submittedOn: 'field.submittedOn',
  referenceNumber: 'field.referenceNumber',
  confirmedOn: 'field.confirmedOn',
  confirmationNumber: 'field.confirmationNumber',
  balanceAmount: 'field.balance',
  refundedAmount: 'field.refundedAmount',
  orderAmount: 'field.orderAmount',
  orderReference: 'field.orderReference',
  orderDueOn: 'field.dueOn',
  deviceUnboundOn: 'field.unboundOn',
  country: 'field.country',
  renewsOn: 'field.renewsOn',
  noticePeriod: 'field.noticePeriod',
  trialEndsOn: 'field.trialEndsOn',
  followUpOn: 'field.followUpOn',
  refundDueOn: 'field.refundDueOn',
  disputedChargeOn: 'field.disputedChargeOn',
  disputeWindowDays: 'field.disputeWindowDays',
  recurringFee: 'field.recurringFee',
  billingPeriod: 'field.billingPeriod',
} as const satisfies Record<KeyField, string>;

/**
 * How the case page and the report say a timeline entry: when it happened (a contact to the
 * minute, with the zone's offset from UTC; anything else by its day), what happened, and when it
 * was recorded (to the minute, with the offset).
 */
export function useHistoryText() {
  const { t } = useTranslation();
  const format = useFormatters();
  return useMemo(() => {
    const value = (field: KeyField, text: string | null) => {
      if (text === null) return t('history.none');
      if (dateFields.includes(field)) return format.date(text);
      if (field === 'country') return format.country(text);
      if (field === 'billingPeriod' && isBillingPeriod(text)) return t(`billingPeriod.${text}`);
      // The timeline keeps a notice period as "1 months" (count and unit), said here in the reader's words.
      const notice = /^(\d+) (days|months)$/.exec(text);
      if (field === 'noticePeriod' && notice) return t(`deadlines.noticeCount.${notice[2] as 'days' | 'months'}`, { count: Number(notice[1]) });
      const amount = /^(\S+) ([A-Z]{3})$/.exec(text);
      if (amountFields.includes(field) && amount) return format.money(amount[1]!, amount[2]!);
      return text;
    };
    const what = (entry: TimelineEntry): string => {
      switch (entry.kind) {
        case 'status':
          return t(`status.${entry.status}`);
        case 'step':
          return t(`history.step.${entry.state}`, { title: entry.title });
        case 'field': {
          const values = { field: t(fieldLabels[entry.field]), from: value(entry.field, entry.from), to: value(entry.field, entry.to) };
          return entry.subject ? t('history.fieldChangeOf', { ...values, subject: entry.subject }) : t('history.fieldChange', values);
        }
        case 'attachment':
          return t(attachmentActionTexts[entry.action], { name: entry.name });
        case 'contact': {
          const channel = t(`contactChannel.${entry.channel}`);
          return entry.who ? t('history.contactWith', { channel, who: entry.who }) : channel;
        }
        case 'exported':
          return t('history.exported');
        case 'printed':
          return t('history.printed');
      }
    };
    return {
      when: (entry: TimelineEntry) => (entry.kind === 'contact' ? format.moment(entry.at) : format.date(entry.on)),
      what,
      recorded: (entry: TimelineEntry) => format.moment(entry.recordedAt),
      /** The words an entry is found by in the history's search, beside its own texts. */
      searchable: (entry: TimelineEntry) => `${what(entry)} ${t(`history.kind.${entry.kind}`)}`,
    };
  }, [t, format]);
}
export type HistoryText = ReturnType<typeof useHistoryText>;

const attachmentActionTexts = {
  added: 'history.attachmentAdded',
  trashed: 'history.attachmentTrashed',
  restored: 'history.attachmentRestored',
  removed: 'history.attachmentRemoved',
} as const;
