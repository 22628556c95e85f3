import { Fragment, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Deadlines, JournalCase } from '@shared/domain/caseSchema';
import { caseExpectedDecisionDate, caseProgress } from '@shared/domain/caseProgress';
import { noPublicHolidays, type IsPublicHoliday } from '@shared/domain/businessDays';
import { publicHolidaysIfLoaded } from '@shared/domain/publicHolidays';
import { cancelBy, lastDayToDispute } from '@shared/domain/deadlines';
import { actualDecisionDate, maskAccount } from '@shared/domain/reportFacts';
import { oldestFirst } from '@shared/domain/timeline';
import type { TimelineEntry } from '@shared/domain/timelineSchema';
import { useFormatters, type Formatters } from '../../i18n/useFormatters';
import { embeddedInReport } from './useEvidenceImages';
import { HistoryEntryText, useHistoryText } from '../caseEditor';

/** A plain table: one header row, then a row per item; "none recorded" when there are no items. */
/** The case's country's holidays: the preview draws the report only once they have loaded (usePublicHolidaysOf). */
function holidaysOf(country: string | null): IsPublicHoliday {
  return (country === null ? undefined : publicHolidaysIfLoaded(country)) ?? noPublicHolidays;
}

type DeadlineFact = [label: 'field.renewsOn' | 'field.noticePeriod' | 'field.trialEndsOn' | 'casePage.cancelBy' | 'field.followUpOn' | 'field.refundDueOn' | 'field.disputedChargeOn' | 'casePage.lastDayToDispute', value: (format: Formatters, t: TFunction) => string];

/** The case's dates that are set, with what follows from them (cancel by, the last day to dispute); a report has no room for empty rows. */
function deadlineFacts(d: Deadlines): DeadlineFact[] {
  const facts: DeadlineFact[] = [];
  const day = (label: DeadlineFact[0], value: string | null) => {
    if (value !== null) facts.push([label, (format) => format.date(value)]);
  };
  day('field.renewsOn', d.renewsOn);
  const notice = d.noticePeriod;
  if (notice) facts.push(['field.noticePeriod', (_format, t) => t(`deadlines.noticeCount.${notice.unit}`, { count: notice.count })]);
  day('field.trialEndsOn', d.trialEndsOn);
  day('casePage.cancelBy', cancelBy(d)?.on ?? null);
  day('field.followUpOn', d.followUpOn);
  day('field.refundDueOn', d.refundDueOn);
  day('field.disputedChargeOn', d.disputedChargeOn);
  day('casePage.lastDayToDispute', lastDayToDispute(d.disputedChargeOn, d.disputeWindowDays));
  return facts;
}

/** The case's dates, when any shows (a dispute window alone names no day: no empty section then). */
function DeadlinesPart({ deadlines, heading: H }: { deadlines: Deadlines; heading: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const facts = deadlineFacts(deadlines);
  if (facts.length === 0) return null;
  return (
    <>
      <H>{t('section.deadlines')}</H>
      <dl className="report-facts">
        {facts.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{t(label)}</dt>
            <dd>{value(format, t)}</dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}

function ReportTable({ headers, rows, className }: { headers: string[]; rows: ReactNode[][]; className?: (column: number) => string | undefined }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="report-note">{t('report.none')}</p>;
  return (
    <table className="report-table">
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header}>{header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, row) => (
          <tr key={row}>
            {cells.map((cell, column) => (
              <td key={column} className={className?.(column)}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface ReportDocumentProps {
  cases: readonly JournalCase[];
  /** Addresses of the evidence images to embed, by attachment id (see useEvidenceImages). */
  images: ReadonlyMap<string, string>;
  includeIdDocuments: boolean;
  /** Each case's timeline, by case id. */
  timelines: ReadonlyMap<string, readonly TimelineEntry[]>;
  scope: 'case' | 'journal';
  maskAccounts: boolean;
  footer: string;
  title: string;
}

/** The printable case file: plain, semantic HTML so the PDF is tagged and gets an outline. */
export function ReportDocument({ cases, timelines, scope, maskAccounts, footer, title, images, includeIdDocuments }: ReportDocumentProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const account = (value: string) => (maskAccounts ? maskAccount(value) : value);
  return (
    <article className="report" lang={format.locale}>
      <header className="report-header">
        <p className="report-kicker">{t('report.kicker')}</p>
        <h1>{title}</h1>
        <p className="report-generated">{footer}</p>
      </header>
      {scope === 'journal' && (
        <section>
          <h2>{t('report.summary')}</h2>
          <ReportTable
            headers={[t('field.title'), t('field.provider'), t('field.status'), t('field.submittedOn'), t('report.expectedDecision'), t('report.actualDecision')]}
            rows={cases.map((c) => [
              c.title,
              c.provider.name,
              t(`status.${c.status}`),
              format.date(c.submission.submittedOn),
              format.date(caseExpectedDecisionDate(c, holidaysOf(c.country))),
              format.date(actualDecisionDate(c)),
            ])}
          />
        </section>
      )}
      {cases.map((c) => (
        <CaseReport
          key={c.id}
          journalCase={c}
          timeline={timelines.get(c.id) ?? []}
          heading={scope === 'journal'}
          account={account}
          images={images}
          includeIdDocuments={includeIdDocuments}
        />
      ))}
    </article>
  );
}

interface CaseReportProps {
  journalCase: JournalCase;
  timeline: readonly TimelineEntry[];
  heading: boolean;
  account: (value: string) => string;
  images: ReadonlyMap<string, string>;
  includeIdDocuments: boolean;
}

function CaseReport({ journalCase: c, timeline, heading, account, images, includeIdDocuments }: CaseReportProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const progress = caseProgress(c.checklist);
  const H = heading ? 'h3' : 'h2';
  const money = (amount: string | null, currency: string) => (amount === null ? '—' : format.money(amount, currency));
  const dash = (text: string | null | undefined) => (text ? text : '—');
  const expectedDecision = caseExpectedDecisionDate(c, holidaysOf(c.country));
  return (
    <section className="report-case">
      {heading && <h2>{c.title}</h2>}
      <dl className="report-facts">
        <dt>{t('field.provider')}</dt>
        <dd>{dash(c.provider.name)}</dd>
        <dt>{t('field.portalUrl')}</dt>
        <dd>{dash(c.provider.portalUrl)}</dd>
        <dt>{t('field.supportContact')}</dt>
        <dd>{dash(c.provider.supportContact)}</dd>
        <dt>{t('field.account')}</dt>
        <dd>{dash(account(c.account))}</dd>
        <dt>{t('field.category')}</dt>
        <dd>{t(`category.${c.category}`)}</dd>
        <dt>{t('field.status')}</dt>
        <dd>{t(`status.${c.status}`)}</dd>
        <dt>{t('field.tags')}</dt>
        <dd>{dash(c.tags.join(', '))}</dd>
      </dl>

      <H>{t('section.checklist')}</H>
      <p className="report-note">{t('list.progress', { ...progress })}</p>
      <ReportTable
        headers={[t('report.step'), t('report.state'), t('checklist.completedOn'), t('checklist.note')]}
        rows={c.checklist.map((item) => [item.title, t(`report.itemState.${item.state}`), format.date(item.completedOn), item.note])}
      />

      <H>{t('section.balance')}</H>
      <dl className="report-facts">
        <dt>{t('field.balance')}</dt>
        <dd>{money(c.balance.amount, c.balance.currency)}</dd>
        <dt>{t('field.balanceOutcome')}</dt>
        <dd>{t(`balanceOutcome.${c.balance.outcome}`)}</dd>
        {(c.balance.outcome === 'refund_requested' || c.balance.outcome === 'refunded') && (
          <>
            <dt>{t('field.refundedAmount')}</dt>
            <dd>{money(c.balance.refunded, c.balance.currency)}</dd>
          </>
        )}
        {/* Only when recorded: an unknown fee says nothing a dispute could use, and costs a line per case. */}
        {c.recurringFee.amount !== null && (
          <>
            <dt>{t('field.recurringFee')}</dt>
            <dd>{t('balance.feePer', { fee: money(c.recurringFee.amount, c.balance.currency), period: t(`billingPeriod.${c.recurringFee.period}`) })}</dd>
          </>
        )}
      </dl>

      <H>{t('section.devices')}</H>
      <ReportTable
        headers={[t('field.deviceName'), t('field.deviceKind'), t('field.unbound'), t('field.unboundOn')]}
        rows={c.devices.map((device) => [
          dash(device.name),
          t(`deviceKind.${device.kind}`),
          device.unbound ? t('report.yes') : t('report.no'),
          format.date(device.unboundOn),
        ])}
      />

      <H>{t('section.orders')}</H>
      <ReportTable
        headers={[t('field.orderReference'), t('field.orderDescription'), t('field.orderAmount'), t('field.dueOn'), t('field.orderStatus')]}
        rows={c.orders.map((order) => [
          dash(order.reference),
          order.description,
          money(order.amount, order.currency),
          format.date(order.dueOn),
          t(`orderStatus.${order.status}`),
        ])}
      />

      <H>{t('section.submission')}</H>
      <dl className="report-facts">
        <dt>{t('field.submittedOn')}</dt>
        <dd>{dash(format.date(c.submission.submittedOn))}</dd>
        <dt>{t('field.channel')}</dt>
        <dd>{c.submission.channel ? t(`channel.${c.submission.channel}`) : '—'}</dd>
        <dt>{t('field.referenceNumber')}</dt>
        <dd>{dash(c.submission.referenceNumber)}</dd>
        <dt>{t('field.reviewBusinessDays')}</dt>
        <dd>{c.submission.reviewBusinessDays ?? '—'}</dd>
        {/* Whose holidays the expected decision skips: said only where there is an expected decision. */}
        {expectedDecision && (
          <>
            <dt>{t('field.country')}</dt>
            <dd>{c.country ? format.country(c.country) : '—'}</dd>
          </>
        )}
        <dt>{t('report.expectedDecision')}</dt>
        <dd>{dash(format.date(expectedDecision))}</dd>
        <dt>{t('report.actualDecision')}</dt>
        <dd>{dash(format.date(actualDecisionDate(c)))}</dd>
      </dl>

      <DeadlinesPart deadlines={c.deadlines} heading={H} />

      <H>{t('section.confirmation')}</H>
      <dl className="report-facts">
        <dt>{t('field.confirmedOn')}</dt>
        <dd>{dash(format.date(c.confirmation.confirmedOn))}</dd>
        <dt>{t('field.confirmationMethod')}</dt>
        <dd>{c.confirmation.method ? t(`confirmationMethod.${c.confirmation.method}`) : '—'}</dd>
        <dt>{t('field.confirmationNumber')}</dt>
        <dd>{dash(c.confirmation.confirmationNumber)}</dd>
        <dt>{t('field.released')}</dt>
        <dd>{c.confirmation.released ? t('report.yes') : t('report.no')}</dd>
      </dl>

      <H>{t('section.history')}</H>
      <ReportHistory timeline={timeline} attachments={c.attachments} />

      <H>{t('field.notes')}</H>
      <p className="report-notes">{c.notes || '—'}</p>

      <H>{t('section.evidence')}</H>
      <EvidenceReport journalCase={c} images={images} includeIdDocuments={includeIdDocuments} />
    </section>
  );
}

/**
 * Every live attachment by name, kind, size and full SHA-256 (ID documents too: the hash proves
 * what was sent without showing it), then the images embedded: an ID document only when the user
 * ticked it for this report.
 */
function EvidenceReport({ journalCase: c, images, includeIdDocuments }: Pick<CaseReportProps, 'journalCase' | 'images' | 'includeIdDocuments'>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const live = c.attachments.filter((attachment) => attachment.deletedAt === null);
  const pictured = embeddedInReport(c, includeIdDocuments).filter((attachment) => images.has(attachment.id));
  return (
    <>
      <ReportTable
        headers={[t('report.fileName'), t('report.kindColumn'), t('report.fileSize'), 'SHA-256']}
        rows={live.map((attachment) => [
          attachment.name,
          t(`attachmentKind.${attachment.kind}`),
          format.fileSize(attachment.size),
          attachment.sha256,
        ])}
        className={(column) => (column === 3 ? 'report-hash' : undefined)}
      />
      {pictured.length > 0 && (
        <div className="report-images" aria-label={t('report.evidenceImages')} role="group">
          {pictured.map((attachment) => (
            <figure key={attachment.id} className="report-image">
              <img src={images.get(attachment.id)} alt={attachment.name} />
              <figcaption>
                {attachment.name} · {t(`attachmentKind.${attachment.kind}`)}
              </figcaption>
            </figure>
          ))}
        </div>
      )}
      {!includeIdDocuments &&
        live.some((attachment) => attachment.kind === 'id_document') && <p className="report-note">{t('report.idDocumentLeftOut')}</p>}
    </>
  );
}

/**
 * The case's history as the report tells it: every entry in the order things happened, each with
 * the day (a contact's moment) and when it was recorded, in this computer's time zone with its
 * offset from UTC, and a contact's own words.
 */
function ReportHistory({ timeline, attachments }: { timeline: readonly TimelineEntry[]; attachments: JournalCase['attachments'] }) {
  const { t } = useTranslation();
  const text = useHistoryText();
  if (timeline.length === 0) return <p className="report-note">{t('report.none')}</p>;
  const recordedAt = new Map(timeline.map((entry) => [entry.id, entry.recordedAt] as const));
  return (
    <ol className="report-timeline">
      {oldestFirst(timeline).map((entry) => (
        <li key={entry.id}>
          <HistoryEntryText entry={entry} text={text} correctsAt={entry.corrects ? recordedAt.get(entry.corrects) : undefined} attachments={attachments} />
        </li>
      ))}
    </ol>
  );
}
