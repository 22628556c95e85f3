import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { amountToInput, currencyDigits, moneyExample, parseAmountInput, type DecimalAmount } from '@shared/domain/money';
import { useDraftField } from './useDraftField';
import { FieldError } from './FieldError';
import { useFormatters } from '../i18n/useFormatters';

interface AmountFieldProps {
  label: string;
  value: DecimalAmount | null;
  currency: string;
  onSave: (value: DecimalAmount | null) => void;
  className?: string;
}

/** The conventions an amount is read by: the interface's language, then the system's languages. */
function readingLocales(language: string): string[] {
  return [language, ...(typeof navigator === 'undefined' ? [] : navigator.languages)];
}

/**
 * Money typed as the user writes it (`15.000`, `Rp 15.000`, `12,50`, `1,500,000`), with the
 * currency written before it and the amount read back grouped while it is typed. Stored as the
 * decimal the user meant, once typing is complete.
 */
export function AmountField(props: AmountFieldProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const draft = useDraftField({
    value: props.value,
    format: (value) => (value === null ? '' : amountToInput(value, props.currency, i18n.language)),
    parse: (text) => parseAmountInput(text, props.currency, readingLocales(i18n.language)),
    onSave: props.onSave,
    commit: 'complete',
    showWhileTyping: (_text, problem) => problem !== 'ambiguous' && problem !== 'notNumber',
  });
  const problem = draft.problem;
  return (
    <div className={`field amount-field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <div className="input-with-prefix">
        <span className="input-prefix" aria-hidden="true">
          {props.currency}
        </span>
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          placeholder={amountToInput(currencyDigits(props.currency) === 0 ? '15000' : '12.5', props.currency, i18n.language)}
          {...draft.inputProps}
        />
      </div>
      {!problem && draft.reading !== null && (
        <p className="help amount-preview" data-testid="amount-preview">
          {format.money(draft.reading, props.currency)}
        </p>
      )}
      <FieldError
        id={draft.errorId}
        message={
          problem
            ? t(`amount.problem.${problem}`, {
                currency: props.currency,
                count: currencyDigits(props.currency),
                example: moneyExample(props.currency, i18n.language),
              })
            : null
        }
      />
    </div>
  );
}
