import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { knownCurrencyCodes, parseCurrencyInput } from '@shared/domain/money';
import { useDraftField } from './useDraftField';
import { FieldError } from './FieldError';

interface CurrencyFieldProps {
  label: string;
  value: string;
  onSave: (value: string) => void;
  className?: string;
}

const listId = 'known-currencies';

/** An ISO 4217 code, typed (`IDR`, `idr`) or chosen from the list the browser's Intl knows. */
export function CurrencyField(props: CurrencyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const draft = useDraftField({
    value: props.value,
    format: (value) => value,
    parse: parseCurrencyInput,
    onSave: props.onSave,
    commit: 'complete',
    showWhileTyping: (text) => text.trim().length >= 3,
  });
  return (
    <div className={`field currency-field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        list={listId}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        {...draft.inputProps}
      />
      <FieldError id={draft.errorId} message={draft.problem ? t('currency.problem.unknown', { code: draft.text.trim() }) : null} />
    </div>
  );
}

/** One datalist for every currency field of the case editor (the only place they appear). */
export function CurrencyOptions() {
  const { i18n } = useTranslation();
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'currency' });
    return knownCurrencyCodes().map((code) => ({ code, name: names.of(code) ?? code }));
  }, [i18n.language]);
  return (
    <datalist id={listId}>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </datalist>
  );
}
