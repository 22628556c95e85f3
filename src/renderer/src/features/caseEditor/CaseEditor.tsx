import { useTranslation } from 'react-i18next';
import { caseStatuses, type CaseStatus } from '@shared/domain/caseSchema';
import { submissionWarnings } from '@shared/domain/submissionWarnings';
import { changeStatus } from '@shared/domain/statusChange';
import { useJournal } from '../../journalContext';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { CurrencyOptions } from '../../components/CurrencyField';
import { useCase } from './useCase';
import { DetailsSection } from './DetailsSection';
import { ChecklistSection } from './ChecklistSection';
import { BalanceSection } from './BalanceSection';
import { DevicesSection } from './DevicesSection';
import { OrdersSection } from './OrdersSection';
import { SubmissionSection } from './SubmissionSection';
import { ConfirmationSection } from './ConfirmationSection';
import { TimelineSection } from './TimelineSection';
import { SubmissionWarnings } from './SubmissionWarnings';
import { useJournalExport } from '../journalFiles/useJournalExport';
import { useOpenReport } from '../report/reportContext';

const sentStatuses = new Set<CaseStatus>(['submitted', 'under_review', 'confirmed', 'rejected']);

export default function CaseEditor({ id, onGone }: { id: string; onGone: () => void }) {
  const { t } = useTranslation();
  const { cases } = useJournal();
  const { journalCase, edit, saveState } = useCase(id);
  const exportJson = useJournalExport();
  const openReport = useOpenReport();
  if (journalCase === undefined) return <p className="loading">{t('list.loading')}</p>;
  if (journalCase === null || journalCase.deletedAt !== null) {
    return (
      <div className="empty-detail">
        <p>{t('editor.gone')}</p>
      </div>
    );
  }
  const warnings = sentStatuses.has(journalCase.status) ? submissionWarnings(journalCase) : [];
  return (
    <article className="case-editor">
      <div className="editor-header">
        <TextField
          className="title-field"
          label={t('field.title')}
          value={journalCase.title}
          required
          onSave={(title) => edit((c) => ({ ...c, title }))}
        />
        <SelectField
          className="status-field"
          label={t('field.status')}
          value={journalCase.status}
          options={caseStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          onChange={(status) => {
            const now = new Date();
            edit((c) => changeStatus(c, status, now));
          }}
        />
        <div className="editor-actions">
          <button type="button" onClick={() => void exportJson({ kind: 'cases', ids: [id] }, journalCase.title)}>
            {t('action.exportJson')}
          </button>
          <button type="button" onClick={() => openReport({ ids: [id], scope: 'case' })}>
            {t('action.exportPdf')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              void cases.moveToTrash(id).then(onGone);
            }}
          >
            {t('action.deleteCase')}
          </button>
        </div>
      </div>
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
      {warnings.length > 0 && <SubmissionWarnings warnings={warnings} />}
      <DetailsSection journalCase={journalCase} edit={edit} />
      <ChecklistSection journalCase={journalCase} edit={edit} />
      <BalanceSection journalCase={journalCase} edit={edit} />
      <DevicesSection journalCase={journalCase} edit={edit} />
      <OrdersSection journalCase={journalCase} edit={edit} />
      <SubmissionSection journalCase={journalCase} edit={edit} />
      <ConfirmationSection journalCase={journalCase} edit={edit} />
      <TimelineSection journalCase={journalCase} />
      <CurrencyOptions />
    </article>
  );
}
