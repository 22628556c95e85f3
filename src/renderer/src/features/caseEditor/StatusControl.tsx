import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '@shared/domain/calendarDate';
import { caseStatuses, type CaseStatus, type JournalCase } from '@shared/domain/caseSchema';
import { likelyStatusDate } from '@shared/domain/statusChange';
import { SelectField } from '../../components/SelectField';
import { DateField } from '../../components/DateField';
import type { SetStatus } from './useCase';

/**
 * The case's status. Choosing a new one asks the day it happened — offered as the case's own date
 * for it (Submitted on, Confirmed on) or today, and free to set earlier — because the history is
 * proof of when things happened, not of when buttons were clicked.
 */
export function StatusControl({ journalCase, setStatus, className }: { journalCase: JournalCase; setStatus: SetStatus; className?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<{ status: CaseStatus; on: CalendarDate | null } | null>(null);

  const choose = (status: CaseStatus) => {
    if (status === journalCase.status) return;
    setPending({ status, on: likelyStatusDate(journalCase, status, new Date()) });
    // Opened once React has rendered the dialog's contents for this status.
    requestAnimationFrame(() => dialog.current?.showModal());
  };
  const confirm = () => {
    // A date typed but refused shows its problem in the field; nothing changes until it is right.
    if (!pending?.on || dialog.current?.querySelector('[aria-invalid="true"]')) return;
    const { status, on } = pending;
    dialog.current?.close();
    setStatus(status, on);
  };

  return (
    <>
      <SelectField
        className={className}
        label={t('field.status')}
        value={journalCase.status}
        options={caseStatuses.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        onChange={choose}
      />
      <dialog ref={dialog} className="confirm-dialog status-dialog" aria-labelledby={`${id}-title`} onClose={() => setPending(null)}>
        {pending && (
          <>
            <h2 id={`${id}-title`}>{t('statusChange.title', { status: t(`status.${pending.status}`) })}</h2>
            <p className="help">{t('statusChange.help')}</p>
            <DateField
              label={t('statusChange.happenedOn')}
              value={pending.on}
              onSave={(on) => setPending((current) => current && { ...current, on })}
            />
            <div className="form-actions">
              <button type="button" className="primary" disabled={!pending.on} onClick={confirm}>
                {t('statusChange.confirm')}
              </button>
              <button type="button" onClick={() => dialog.current?.close()}>
                {t('action.cancel')}
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
