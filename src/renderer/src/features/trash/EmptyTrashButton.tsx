import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useJournal } from '../../journalContext';
import { ConfirmDialog, type ConfirmDialogHandle } from '../../components/ConfirmDialog';

export function EmptyTrashButton({ count, onEmptied }: { count: number; onEmptied: () => void }) {
  const { t } = useTranslation();
  const { cases } = useJournal();
  const confirm = useRef<ConfirmDialogHandle>(null);
  const [emptied, setEmptied] = useState<number | null>(null);
  return (
    <>
      <button type="button" className="danger" disabled={count === 0} onClick={() => confirm.current?.open()}>
        {t('action.emptyTrash')}
      </button>
      {emptied !== null && (
        <p className="notice" role="status">
          {t('trash.emptied', { count: emptied })}
        </p>
      )}
      <ConfirmDialog
        ref={confirm}
        title={t('trash.emptyTitle', { count })}
        message={t('trash.cannotUndo')}
        confirmLabel={t('action.emptyTrash')}
        onConfirm={() =>
          void cases.emptyTrash().then((deleted) => {
            setEmptied(deleted);
            onEmptied();
          })
        }
      />
    </>
  );
}
