import { useTranslation } from 'react-i18next';
import { openCaseWarnings } from '@shared/domain/submissionWarnings';
import { useJournal } from '../../journalContext';
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
import { StatusControl } from './StatusControl';
import { useJournalExport } from '../journalFiles/useJournalExport';
import { useOpenReport } from '../report/reportContext';

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
  const warnings = openCaseWarnings(journalCase);
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
        <StatusControl className="status-field" journalCase={journalCase} edit={edit} />
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
      <TimelineSection journalCase={journalCase} edit={edit} />
      <CurrencyOptions />
    </article>
  );
}
