import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal } from '../../journalContext';
import { useFormatters } from '../../i18n/useFormatters';
import { useCase } from '../caseEditor';
import { ConfirmDialog, type ConfirmDialogHandle } from '../../components/ConfirmDialog';

/** A case in the Trash is read-only: restore it, or delete it for good (after asking). */
export default function TrashedCase({ id, onGone }: { id: string; onGone: () => void }) {
  const { t } = useTranslation();
  const { cases } = useJournal();
  const format = useFormatters();
  const { journalCase } = useCase(id);
  const confirm = useRef<ConfirmDialogHandle>(null);
  if (!journalCase) return null;
  return (
    <article className="trashed-case">
      <h2>{journalCase.title}</h2>
      <p>
        {journalCase.provider.name} · {t(`status.${journalCase.status}`)}
      </p>
      {journalCase.deletedAt && <p className="help">{t('trash.deletedOn', { date: format.timestamp(journalCase.deletedAt) })}</p>}
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void cases.restore(id).then(onGone)}>
          {t('action.restore')}
        </button>
        <button type="button" className="danger" onClick={() => confirm.current?.open()}>
          {t('action.deleteForever')}
        </button>
      </div>
      <ConfirmDialog
        ref={confirm}
        title={t('trash.deleteForeverTitle', { title: journalCase.title })}
        message={t('trash.cannotUndo')}
        confirmLabel={t('action.deleteForever')}
        onConfirm={() => void cases.deleteForever(id).then(onGone)}
      />
    </article>
  );
}
