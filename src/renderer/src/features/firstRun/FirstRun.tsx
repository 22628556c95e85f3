import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { useJournal } from '../../journalContext';

/**
 * What an empty journal shows: what it is for, in two lines, and two ways to begin: the example
 * case (the default flow, filled in for an Axis eSIM travel number) or a case of one's own.
 */
export default function FirstRun({ onCreated, onNewCase }: { onCreated: (id: string) => void; onNewCase: () => void }) {
  const { t } = useTranslation();
  const { cases, language } = useJournal();
  const [failure, setFailure] = useState<string | null>(null);
  const startExample = async () => {
    try {
      const created = await cases.createExample(defaultTemplateFor(language));
      onCreated(created.id);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="first-run">
      <h2>{t('casePage.firstRunHeading')}</h2>
      <p>{t('casePage.firstRunWhat')}</p>
      <p>{t('casePage.firstRunHow')}</p>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void startExample()}>
          {t('casePage.startExample')}
        </button>
        {/* Not "New case": that is the header's button, the one place it is found by that name. */}
        <button type="button" onClick={onNewCase}>
          {t('casePage.startOwn')}
        </button>
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {t('newCase.failed', { message: failure })}
        </p>
      )}
    </div>
  );
}
