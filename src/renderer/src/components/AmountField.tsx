import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { minorToInput, minorUnitDigits, parseAmountInput } from '@shared/domain/money';
import { useDraftField } from './useDraftField';
import { FieldError } from './FieldError';
import { useFormatters } from '../i18n/useFormatters';

interface AmountFieldProps {
  label: string;
  valueMinor: number | null;
  currency: string;
  onSave: (valueMinor: number | null) => void;
  className?: string;
}

/** Money typed as the user writes it (`12.50`), stored as whole minor units. */
export function AmountField(props: AmountFieldProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const draft = useDraftField({
    value: props.valueMinor,
    format: (value) => (value === null ? '' : minorToInput(value, props.currency)),
    parse: (text) => parseAmountInput(text, props.currency),
    onSave: props.onSave,
  });
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input id={id} inputMode="decimal" autoComplete="off" placeholder={minorToInput(0, props.currency)} {...draft.inputProps} />
      {!draft.problem && props.valueMinor !== null && (
        <p className="help amount-preview">{format.money(props.valueMinor, props.currency)}</p>
      )}
      <FieldError
        id={draft.errorId}
        message={
          draft.problem
            ? t(`amount.problem.${draft.problem}`, {
                currency: props.currency,
                count: minorUnitDigits(props.currency),
              })
            : null
        }
      />
    </div>
  );
}
