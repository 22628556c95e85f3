import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { IpcChannel } from '@shared/ipc/channels';
import { PaperSizeSchema, type PaperSize } from '@shared/ipc/contract';
import { paperSizeFor } from '@shared/domain/reportFacts';
import { today } from '@shared/domain/calendarDate';
import { fileNamePart } from '@shared/fileNames';
import { usePublicHolidaysOf } from '../../holidays/usePublicHolidays';
import { useJournal } from '../../journalContext';
import { desktopBridge } from '@platform';
import { useFormatters } from '../../i18n/useFormatters';
import { useNotify } from '../../notices';
import type { TimelineEntry } from '@shared/domain/timelineSchema';
import { ReportDocument } from './ReportDocument';
import { useEvidenceImages } from './useEvidenceImages';
import type { ReportJob } from './reportContext';
import './report.css';

/**
 * The report as it will be printed, on screen first. "Save PDF" asks the main process to print this
 * very page (print styles hide everything but the report); a browser prints it with its own dialog.
 */
export default function ReportPreview({ job, onClose }: { job: ReportJob; onClose: () => void }) {
  const { t } = useTranslation();
  const { db, appInfo, language, cases: repository } = useJournal();
  const format = useFormatters();
  const notify = useNotify();
  const maskId = useId();
  const paperId = useId();
  const idDocumentsId = useId();
  const [maskAccounts, setMaskAccounts] = useState(false);
  // ID documents are embedded only when chosen, for this report alone: never by default.
  const [includeIdDocuments, setIncludeIdDocuments] = useState(false);
  const [paperSize, setPaperSize] = useState<PaperSize>(() => paperSizeFor(format.locale === 'en' ? navigator.language : format.locale));
  const [saving, setSaving] = useState(false);
  const [generatedAt] = useState(() => new Date());
  const closeButton = useRef<HTMLButtonElement>(null);
  const cases = useLiveQuery(
    async () => (await db.cases.bulkGet([...job.ids])).filter((record) => record !== undefined),
    [db, job],
  );
  const images = useEvidenceImages(db, cases, includeIdDocuments);
  const holidaysReady = usePublicHolidaysOf(cases);
  const timelines = useLiveQuery(async () => {
    const byCase = new Map<string, TimelineEntry[]>();
    for (const { caseId, ...entry } of await db.timeline.where('caseId').anyOf([...job.ids]).toArray()) {
      byCase.set(caseId, [...(byCase.get(caseId) ?? []), entry as TimelineEntry]);
    }
    return byCase;
  }, [db, job]);

  useEffect(() => {
    document.documentElement.classList.add('report-open');
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.documentElement.classList.remove('report-open');
      window.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  // The app's name as the interface says it (the OS knows it only in English).
  const footer = t('report.footer', { date: format.timestamp(generatedAt.toISOString()), name: t('app.name'), version: appInfo.version });
  const title = job.scope === 'case' && cases?.[0] ? cases[0].title : t('report.journalTitle');

  const save = async () => {
    setSaving(true);
    try {
      const result = await desktopBridge.invoke(IpcChannel.saveReportPdf, {
        suggestedName: `${fileNamePart(title) || 'report'} ${today(generatedAt)}.pdf`,
        paperSize,
        footer,
        language,
      });
      if (result.status === 'saved') notify('info', (t) => t('report.saved', { path: result.path }));
      // Printed or saved: each case's history says so (a cancelled dialog is neither).
      if (result.status !== 'canceled') await repository.recordDelivery(job.ids, 'printed');
    } catch (error) {
      notify('error', (t) => t('report.failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setSaving(false);
    }
  };

  return createPortal(
    <div className="report-overlay" role="dialog" aria-modal="true" aria-label={t('report.previewLabel')}>
      <div className="report-toolbar">
        <strong className="report-toolbar-title">{t('report.preview')}</strong>
        <label htmlFor={maskId} className="report-option">
          <input id={maskId} type="checkbox" checked={maskAccounts} onChange={(event) => setMaskAccounts(event.target.checked)} />{' '}
          {t('report.maskAccount')}
        </label>
        <label htmlFor={idDocumentsId} className="report-option">
          <input
            id={idDocumentsId}
            type="checkbox"
            checked={includeIdDocuments}
            onChange={(event) => setIncludeIdDocuments(event.target.checked)}
          />{' '}
          {t('report.includeIdDocuments')}
        </label>
        <label htmlFor={paperId} className="report-option">
          {t('report.paperSize')}{' '}
          <select id={paperId} value={paperSize} onChange={(event) => setPaperSize(event.target.value as PaperSize)}>
            {PaperSizeSchema.options.map((size) => (
              <option key={size} value={size}>
                {t(`report.paper.${size}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" disabled={saving || !cases || !holidaysReady} onClick={() => void save()}>
          {t('report.savePdf')}
        </button>
        <button ref={closeButton} type="button" onClick={onClose}>
          {t('action.close')}
        </button>
      </div>
      {/* Focusable, so the report scrolls from the keyboard too (it holds nothing else to focus). */}
      <div className="report-scroll" role="region" aria-label={t('report.pages')} tabIndex={0}>
        {cases && timelines && holidaysReady ? (
          <ReportDocument
            cases={cases}
            timelines={timelines}
            scope={job.scope}
            maskAccounts={maskAccounts}
            footer={footer}
            title={title}
            images={images}
            includeIdDocuments={includeIdDocuments}
          />
        ) : (
          <p className="loading">{t('list.loading')}</p>
        )}
      </div>
    </div>,
    document.body,
  );
}
