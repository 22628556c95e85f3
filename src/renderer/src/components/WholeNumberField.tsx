import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraftField, type ParseResult } from './useDraftField';
import { FieldError } from './FieldError';

interface WholeNumberFieldProps {
  label: string;
  value: number | null;
  min: number;
  max: number;
  onSave: (value: number | null) => void;
  className?: string;
}

type Problem = 'notWhole' | 'outOfRange';

export function WholeNumberField(props: WholeNumberFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const parse = (text: string): ParseResult<number | null, Problem> => {
    const trimmed = text.trim();
    if (trimmed === '') return { ok: true, value: null };
    if (!/^\d+$/.test(trimmed)) return { ok: false, problem: 'notWhole' };
    const value = Number(trimmed);
    return value < props.min || value > props.max ? { ok: false, problem: 'outOfRange' } : { ok: true, value };
  };
  const draft = useDraftField({
    value: props.value,
    format: (value) => (value === null ? '' : String(value)),
    parse,
    onSave: props.onSave,
    commit: 'complete',
  });
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <input id={id} inputMode="numeric" autoComplete="off" {...draft.inputProps} />
      <FieldError
        id={draft.errorId}
        message={draft.problem ? t(`wholeNumber.problem.${draft.problem}`, { min: props.min, max: props.max }) : null}
      />
    </div>
  );
}
