import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExistingCaseChoice } from '../../db/journalImport';
import type { ImportProgress } from '../../db/importInBackground';
import { useJournalImport } from './journalImportContext';
import { ImportProblemText } from './ImportProblemText';
import { useModalDialog } from '../../components/useModalDialog';
import { megabytes } from './megabytes';

const choices: ExistingCaseChoice[] = ['skip', 'replace', 'keepBoth'];

/** Preview, confirmation and outcome of an import, in one modal dialog. */
export function ImportDialog() {
  const { t } = useTranslation();
  const { state, confirm, cancel, close } = useJournalImport();
  const headingId = useId();
  const [existing, setExisting] = useState<ExistingCaseChoice>('skip');
  // A small file is read at once: the dialog opens for reading only once there is progress to show.
  const open = state.step !== 'idle' && !(state.step === 'reading' && state.progress === null);
  const dialog = useModalDialog(open);

  useEffect(() => {
    if (state.step === 'preview') setExisting('skip');
  }, [state.step]);

  return (
    <dialog ref={dialog} className="confirm-dialog import-dialog" aria-labelledby={headingId} onClose={close}>
      <h2 id={headingId}>{t('import.heading')}</h2>
      {(state.step === 'problem' || state.step === 'failed') && (
        <>
          <div className="import-problem" role="alert">
            <p>
              {state.step === 'problem' ? (
                <ImportProblemText name={state.name} problem={state.problem} />
              ) : (
                t('import.failed', { message: state.message })
              )}
            </p>
            <p>{t('import.unchanged')}</p>
          </div>
          <CloseAction onClose={close} />
        </>
      )}
      {state.step === 'preview' && (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            void confirm(existing);
          }}
        >
          <p className="import-file">{state.name}</p>
          <ul className="import-summary">
            <li>{t('import.newCases', { count: state.preview.newCases })}</li>
            <li>{t('import.existingCases', { count: state.preview.existingCases.length })}</li>
            {state.preview.templates.length > 0 && (
              <li>
                {t('import.templates', {
                  count: state.preview.templates.length,
                  names: state.preview.templates
                    .map((template) => (template.alreadyHere ? t('import.templateHere', { name: template.name }) : template.name))
                    .join(t('import.listSeparator')),
                })}
              </li>
            )}
          </ul>
          {state.preview.existingCases.length > 0 && (
            <fieldset className="import-choice">
              <legend>{t('import.existingQuestion')}</legend>
              {choices.map((choice) => (
                <label key={choice}>
                  <input
                    type="radio"
                    name="existing"
                    value={choice}
                    checked={existing === choice}
                    onChange={() => setExisting(choice)}
                  />{' '}
                  {t(`import.choice.${choice}`)}
                </label>
              ))}
              <p className="help">{state.preview.existingCases.slice(0, 5).map((c) => c.title).join(', ')}</p>
            </fieldset>
          )}
          <div className="form-actions">
            <button type="submit" className="primary">
              {t('action.import')}
            </button>
            <button type="button" onClick={close}>
              {t('action.cancel')}
            </button>
          </div>
        </form>
      )}
      {(state.step === 'reading' || state.step === 'importing') && (
        <>
          {state.name && <p className="import-file">{state.name}</p>}
          <ImportProgressBar progress={state.progress} />
          <div className="form-actions">
            <button type="button" onClick={cancel}>
              {t('action.cancel')}
            </button>
          </div>
        </>
      )}
      {state.step === 'cancelled' && (
        <>
          <p role="status">{t('import.cancelled')}</p>
          <CloseAction onClose={close} />
        </>
      )}
      {state.step === 'done' && (
        <>
          <p role="status">{t('import.done', { ...state.outcome })}</p>
          <CloseAction onClose={close} />
        </>
      )}
    </dialog>
  );
}

export function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => value.toLocaleString(i18n.language);
  // An archive's bytes, checked and unpacked by main, in megabytes; then its cases.
  // Until main has read the archive's directory it knows no total: no "0 of 0 MB" meanwhile.
  const known = progress !== null && progress.total > 0;
  const label = !progress
    ? t('import.importing')
    : progress.phase === 'unpacking'
      ? known
        ? t('import.unpacking', { done: megabytes(progress.done, i18n.language), total: megabytes(progress.total, i18n.language) })
        : t('import.unpackingStarted')
      : t(`import.${progress.phase}`, { done: number(progress.done), total: number(progress.total) });
  return (
    <div className="import-progress" role="status">
      <p>{label}</p>
      <progress aria-label={label} max={progress?.total || 1} value={known ? progress.done : undefined} />
    </div>
  );
}

function CloseAction({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="button" className="primary" onClick={onClose}>
        {t('action.close')}
      </button>
    </div>
  );
}
