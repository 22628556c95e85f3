import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { categories, type Category } from '@shared/domain/caseSchema';
import { countryOfCurrency, normalisedAccount } from '@shared/domain/phoneAccount';
import { builtInTemplates, templateKey } from '@shared/templates/builtInTemplates';
import { useJournal } from '../../journalContext';
import { defaultCurrencyFor } from '../../i18n/language';
import { FieldError } from '../../components/FieldError';

/** A short form: the rest of the case is filled in afterwards, in the editor, as things happen. */
export default function NewCaseForm({ onCreated, onCancel }: { onCreated: (id: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { cases, language } = useJournal();
  const id = useId();
  const [title, setTitle] = useState('');
  const [provider, setProvider] = useState('');
  const [account, setAccount] = useState('');
  const [category, setCategory] = useState<Category>('phone_esim');
  const [template, setTemplate] = useState(templateKey({ id: 'default-flow', language }));
  const [titleProblem, setTitleProblem] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setTitleProblem(true);
      document.getElementById(`${id}-title`)?.focus();
      return;
    }
    const chosen = builtInTemplates.find((candidate) => templateKey(candidate) === template) ?? builtInTemplates[0]!;
    try {
      const currency = defaultCurrencyFor(language);
      const created = await cases.create(chosen, {
        title,
        providerName: provider,
        account: normalisedAccount(account, countryOfCurrency(currency)),
        category,
        currency,
      });
      onCreated(created.id);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <form className="new-case" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('newCase.heading')}</h2>
      <p className="help">{t('newCase.help')}</p>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('field.title')}</label>
        <input
          id={`${id}-title`}
          autoFocus
          value={title}
          placeholder={t('newCase.titlePlaceholder')}
          aria-invalid={titleProblem || undefined}
          aria-describedby={titleProblem ? `${id}-title-error` : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            if (event.target.value.trim()) setTitleProblem(false);
          }}
        />
        <FieldError id={`${id}-title-error`} message={titleProblem ? t('field.required') : null} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-provider`}>{t('field.provider')}</label>
        <input id={`${id}-provider`} value={provider} onChange={(event) => setProvider(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-account`}>{t('field.account')}</label>
        <input
          id={`${id}-account`}
          value={account}
          placeholder={t('field.accountPlaceholder')}
          onChange={(event) => setAccount(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('field.category')}</label>
        <select id={`${id}-category`} value={category} onChange={(event) => setCategory(event.target.value as Category)}>
          {categories.map((option) => (
            <option key={option} value={option}>
              {t(`category.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-template`}>{t('field.template')}</label>
        <select id={`${id}-template`} value={template} onChange={(event) => setTemplate(event.target.value)}>
          {builtInTemplates.map((option) => (
            <option key={templateKey(option)} value={templateKey(option)}>
              {option.name}
            </option>
          ))}
        </select>
        <p className="help">{builtInTemplates.find((option) => templateKey(option) === template)?.description}</p>
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {t('newCase.failed', { message: failure })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('action.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
