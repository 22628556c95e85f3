import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { categories, type Category } from '@shared/domain/caseSchema';
import type { ChecklistTemplate } from '@shared/domain/templateSchema';
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
  // A built-in template is offered in each language its checklist is written in; the menu names it
  // in the interface's language and says which language the checklist will be in.
  const inInterfaceLanguage = (option: ChecklistTemplate) =>
    builtInTemplates.find((candidate) => candidate.id === option.id && candidate.language === language) ?? option;
  const chosenTemplate = builtInTemplates.find((option) => templateKey(option) === template);
  const form = useRef<HTMLFormElement>(null);
  useEscapeCloses(form, onCancel);

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
    <form ref={form} className="new-case" onSubmit={(event) => void submit(event)} noValidate>
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
              {t('newCase.templateOption', {
                name: inInterfaceLanguage(option).name,
                language: t(`newCase.checklistLanguage.${option.language}`),
              })}
            </option>
          ))}
        </select>
        <p className="help">{chosenTemplate && inInterfaceLanguage(chosenTemplate).description}</p>
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

/**
 * Escape closes the form, as it closes a dialog: from inside it, or from nowhere in particular
 * (the page itself), but not from another control that may want Escape for itself.
 */
function useEscapeCloses(form: RefObject<HTMLFormElement | null>, close: () => void) {
  const latest = useRef(close);
  latest.current = close;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as Node | null;
      const fromForm = !!target && !!form.current?.contains(target);
      if (fromForm || target === document.body || target === document.documentElement) {
        event.preventDefault();
        latest.current();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [form]);
}
