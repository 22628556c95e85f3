import { useTranslation } from 'react-i18next';
import { openCaseWarnings } from '@shared/domain/submissionWarnings';
import { useJournal } from '../../journalContext';
import { useNotify } from '../../notices';
import { TextField } from '../../components/TextField';
import { CurrencyOptions } from '../../components/CurrencyField';
import { useCase } from './useCase';
import { DetailsSection } from './DetailsSection';
import { ChecklistSection } from './ChecklistSection';
import { BalanceSection } from './BalanceSection';
import { DevicesSection } from './DevicesSection';
import { OrdersSection } from './OrdersSection';
import { SubmissionSection } from './SubmissionSection';
import { DeadlinesSection } from './DeadlinesSection';
import { ConfirmationSection } from './ConfirmationSection';
import { EvidenceSection } from './EvidenceSection';
import { useDropAndPaste } from '../evidence';
import { HistorySection } from './HistorySection';
import { SubmissionWarnings } from './SubmissionWarnings';
import { StatusControl } from './StatusControl';
import { SummaryStrip } from './SummaryStrip';
import { SectionSlot } from './Section';
import { sectionStore, useCollapsedSections } from './sectionState';
import { useArchiveExport, useJournalExport } from '../journalFiles';
import { useOpenReport } from '../report';
import { AddToCalendarButton } from '../calendar';

interface CaseEditorProps {
  id: string;
  onGone: () => void;
  /** Shows a case again, in the journal (after Undo brings it back from the Trash). */
  onShow: (id: string) => void;
}

export default function CaseEditor({ id, onGone, onShow }: CaseEditorProps) {
  const { t } = useTranslation();
  const { db, cases } = useJournal();
  const { journalCase, edit, setStatus, saveState } = useCase(id);
  const exportJson = useJournalExport();
  const exportArchive = useArchiveExport();
  const openReport = useOpenReport();
  const notify = useNotify();
  const drop = useDropAndPaste(id);
  // Waited for with the case, so a collapsed section never shows open for a moment.
  const collapsed = useCollapsedSections(db);
  if (journalCase === undefined || collapsed === null) return <p className="loading">{t('list.loading')}</p>;
  if (journalCase === null || journalCase.deletedAt !== null) {
    return (
      <div className="empty-detail">
        <p>{t('editor.gone')}</p>
      </div>
    );
  }
  const warnings = openCaseWarnings(journalCase);
  const moveToTrash = () => {
    const { title } = journalCase;
    cases.moveToTrash(id).then(
      () => {
        notify('info', (t) => t('trash.movedToTrash', { title }), {
          label: (t) => t('casePage.undo'),
          run: () => void cases.restore(id).then(() => onShow(id)),
        });
        onGone();
      },
      (error: unknown) => notify('error', (t) => t('editor.saveFailed', { message: error instanceof Error ? error.message : String(error) })),
    );
  };
  const goToStep = (itemId: string) => {
    sectionStore(db).setOpen('checklist', true);
    // After the checklist has opened: focus the step and bring it into view.
    requestAnimationFrame(() => {
      const checkbox = document.querySelector<HTMLInputElement>(`[data-item-id="${itemId}"] input[type="checkbox"]`);
      checkbox?.focus();
      checkbox?.scrollIntoView({ block: 'center' });
    });
  };
  const statusControl = <StatusControl className="status-field" journalCase={journalCase} setStatus={setStatus} />;
  return (
    <article className={`case-editor${drop.dragging ? ' dropping' : ''}`} {...drop.dropTarget}>
      {drop.dragging && (
        <p className="drop-hint" aria-hidden="true">
          {t('evidence.dropHere')}
        </p>
      )}
      <div className="editor-header">
        <TextField
          className="title-field"
          label={t('field.title')}
          value={journalCase.title}
          required
          onSave={(title) => edit((c) => ({ ...c, title }))}
        />
        <p
          className={`save-state${saveState.failure ? ' failed' : ''}`}
          role={saveState.failure ? 'alert' : 'status'}
          data-pending-saves={saveState.pending}
        >
          {saveState.failure
            ? t('editor.saveFailed', { message: saveState.failure })
            : saveState.pending > 0
              ? t('editor.saving')
              : t('editor.savedAutomatically')}
        </p>
        <div className="editor-actions">
          <button type="button" onClick={() => void exportJson({ kind: 'cases', ids: [id] }, journalCase.title)}>
            {t('action.exportJson')}
          </button>
          <button type="button" onClick={() => void exportArchive({ kind: 'cases', ids: [id] }, journalCase.title)}>
            {t('action.exportArchive')}
          </button>
          <button type="button" onClick={() => openReport({ ids: [id], scope: 'case' })}>
            {t('action.exportPdf')}
          </button>
          <AddToCalendarButton journalCase={journalCase} />
          <button
            type="button"
            className="danger"
            onClick={moveToTrash}
          >
            {t('action.deleteCase')}
          </button>
        </div>
      </div>
      <SummaryStrip journalCase={journalCase} status={statusControl} onGoToStep={goToStep} />
      {warnings.length > 0 && <SubmissionWarnings warnings={warnings} />}
      {/* Each section is placed in a slot whose id names its remembered collapsed state. */}
      <SectionSlot id="details">
        <DetailsSection journalCase={journalCase} edit={edit} />
      </SectionSlot>
      <SectionSlot id="checklist">
        <ChecklistSection journalCase={journalCase} edit={edit} />
      </SectionSlot>
      <SectionSlot id="evidence">
        <EvidenceSection journalCase={journalCase} edit={edit} setStatus={setStatus} />
      </SectionSlot>
      <SectionSlot id="balance">
        <BalanceSection journalCase={journalCase} edit={edit} />
      </SectionSlot>
      <SectionSlot id="devices">
        <DevicesSection journalCase={journalCase} edit={edit} />
      </SectionSlot>
      <SectionSlot id="orders">
        <OrdersSection journalCase={journalCase} edit={edit} />
      </SectionSlot>
      <SectionSlot id="deadlines">
        <DeadlinesSection journalCase={journalCase} edit={edit} />
      </SectionSlot>
      <SectionSlot id="submission">
        <SubmissionSection journalCase={journalCase} edit={edit} />
      </SectionSlot>
      <SectionSlot id="confirmation">
        <ConfirmationSection journalCase={journalCase} edit={edit} />
      </SectionSlot>
      <SectionSlot id="timeline">
        <HistorySection journalCase={journalCase} edit={edit} />
      </SectionSlot>
      <CurrencyOptions />
    </article>
  );
}
