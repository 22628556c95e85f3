import { useTranslation } from 'react-i18next';
import type { JournalCase } from '@shared/domain/caseSchema';
import { caseExpectedDecisionDate, caseProgress } from '@shared/domain/caseProgress';
import { actualDecisionDate, maskAccount } from '@shared/domain/reportFacts';
import { useFormatters } from '../../i18n/useFormatters';

interface ReportDocumentProps {
  cases: readonly JournalCase[];
  scope: 'case' | 'journal';
  maskAccounts: boolean;
  footer: string;
  title: string;
}

/** The printable case file: plain, semantic HTML so the PDF is tagged and gets an outline. */
export function ReportDocument({ cases, scope, maskAccounts, footer, title }: ReportDocumentProps) {
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
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('field.title')}</th>
                <th>{t('field.provider')}</th>
                <th>{t('field.status')}</th>
                <th>{t('field.submittedOn')}</th>
                <th>{t('report.expectedDecision')}</th>
                <th>{t('report.actualDecision')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td>{c.title}</td>
                  <td>{c.provider.name}</td>
                  <td>{t(`status.${c.status}`)}</td>
                  <td>{format.date(c.submission.submittedOn)}</td>
                  <td>{format.date(caseExpectedDecisionDate(c))}</td>
                  <td>{format.date(actualDecisionDate(c))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {cases.map((c) => (
        <CaseReport key={c.id} journalCase={c} heading={scope === 'journal'} account={account} />
      ))}
    </article>
  );
}

function CaseReport({ journalCase: c, heading, account }: { journalCase: JournalCase; heading: boolean; account: (value: string) => string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const progress = caseProgress(c.checklist);
  const H = heading ? 'h3' : 'h2';
  const money = (amount: number | null, currency: string) => (amount === null ? '—' : format.money(amount, currency));
  const dash = (text: string | null | undefined) => (text ? text : '—');
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
      <table className="report-table">
        <thead>
          <tr>
            <th>{t('report.step')}</th>
            <th>{t('report.state')}</th>
            <th>{t('checklist.completedOn')}</th>
            <th>{t('checklist.note')}</th>
          </tr>
        </thead>
        <tbody>
          {c.checklist.map((item) => (
            <tr key={item.id}>
              <td>{item.title}</td>
              <td>{t(`report.itemState.${item.state}`)}</td>
              <td>{format.date(item.completedOn)}</td>
              <td>{item.note}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <H>{t('section.balance')}</H>
      <dl className="report-facts">
        <dt>{t('field.balance')}</dt>
        <dd>{money(c.balance.amountMinor, c.balance.currency)}</dd>
        <dt>{t('field.balanceOutcome')}</dt>
        <dd>{t(`balanceOutcome.${c.balance.outcome}`)}</dd>
        {(c.balance.outcome === 'refund_requested' || c.balance.outcome === 'refunded') && (
          <>
            <dt>{t('field.refundedAmount')}</dt>
            <dd>{money(c.balance.refundedMinor, c.balance.currency)}</dd>
          </>
        )}
      </dl>

      <H>{t('section.devices')}</H>
      {c.devices.length === 0 ? (
        <p className="report-note">{t('report.none')}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th>{t('field.deviceName')}</th>
              <th>{t('field.deviceKind')}</th>
              <th>{t('field.unbound')}</th>
              <th>{t('field.unboundOn')}</th>
            </tr>
          </thead>
          <tbody>
            {c.devices.map((device) => (
              <tr key={device.id}>
                <td>{dash(device.name)}</td>
                <td>{t(`deviceKind.${device.kind}`)}</td>
                <td>{device.unbound ? t('report.yes') : t('report.no')}</td>
                <td>{format.date(device.unboundOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <H>{t('section.orders')}</H>
      {c.orders.length === 0 ? (
        <p className="report-note">{t('report.none')}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th>{t('field.orderReference')}</th>
              <th>{t('field.orderDescription')}</th>
              <th>{t('field.orderAmount')}</th>
              <th>{t('field.dueOn')}</th>
              <th>{t('field.orderStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {c.orders.map((order) => (
              <tr key={order.id}>
                <td>{dash(order.reference)}</td>
                <td>{order.description}</td>
                <td>{money(order.amountMinor, order.currency)}</td>
                <td>{format.date(order.dueOn)}</td>
                <td>{t(`orderStatus.${order.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

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
        <dt>{t('report.expectedDecision')}</dt>
        <dd>{dash(format.date(caseExpectedDecisionDate(c)))}</dd>
        <dt>{t('report.actualDecision')}</dt>
        <dd>{dash(format.date(actualDecisionDate(c)))}</dd>
      </dl>

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

      <H>{t('section.timeline')}</H>
      <ol className="report-timeline">
        {c.statusHistory.map((change, index) => (
          <li key={`${change.at}-${index}`}>
            {format.timestamp(change.at)} — {t(`status.${change.status}`)}
          </li>
        ))}
      </ol>

      <H>{t('field.notes')}</H>
      <p className="report-notes">{c.notes || '—'}</p>

      <H>{t('report.attachments')}</H>
      {c.attachments.length === 0 ? (
        <p className="report-note">{t('report.none')}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th>{t('report.fileName')}</th>
              <th>{t('report.fileType')}</th>
              <th>{t('report.fileSize')}</th>
              <th>SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {c.attachments.map((attachment) => (
              <tr key={attachment.id}>
                <td>{attachment.name}</td>
                <td>{attachment.mediaType}</td>
                <td>{attachment.size.toLocaleString(format.locale)}</td>
                <td className="report-hash">{attachment.sha256}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
