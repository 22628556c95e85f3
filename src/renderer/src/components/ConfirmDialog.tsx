import { forwardRef, useId, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDialogHandle {
  open: () => void;
}

interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/** A native modal <dialog>: focus trapping, Escape and the backdrop come from the browser. */
export const ConfirmDialog = forwardRef<ConfirmDialogHandle, ConfirmDialogProps>(function ConfirmDialog(props, ref) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useImperativeHandle(ref, () => ({ open: () => dialog.current?.showModal() }));
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-message`}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <p id={`${id}-message`}>{props.message}</p>
      <div className="form-actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            dialog.current?.close();
            props.onConfirm();
          }}
        >
          {props.confirmLabel}
        </button>
        <button type="button" autoFocus onClick={() => dialog.current?.close()}>
          {t('action.cancel')}
        </button>
      </div>
    </dialog>
  );
});
