import { useId } from 'react';
import { useDraftField } from './useDraftField';
import { FieldError } from './FieldError';
import { useTranslation } from 'react-i18next';

interface TextFieldProps {
  label: string;
  value: string;
  onSave: (value: string) => void;
  multiline?: boolean;
  required?: boolean;
  placeholder?: string;
  type?: 'text' | 'url' | 'email' | 'datetime-local';
  maxLength?: number;
  /** Lines a multiline field shows. */
  rows?: number;
  /** Returns a translated problem, or null when the text is acceptable. */
  validate?: (text: string) => string | null;
  className?: string;
  autoFocus?: boolean;
}

/** A labelled text input or textarea that saves as it is typed. */
export function TextField(props: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const draft = useDraftField<string, string>({
    value: props.value,
    format: (value) => value,
    parse: (text) => {
      if (props.required && text.trim() === '') return { ok: false, problem: t('field.required') };
      const problem = props.validate?.(text) ?? null;
      return problem ? { ok: false, problem } : { ok: true, value: text };
    },
    onSave: props.onSave,
    // A value that can be refused is stored once complete; free text as it is typed.
    commit: props.required || props.validate ? 'complete' : 'typing',
  });
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea id={id} rows={props.rows ?? 4} placeholder={props.placeholder} maxLength={props.maxLength} {...draft.inputProps} />
      ) : (
        <input
          id={id}
          type={props.type ?? 'text'}
          placeholder={props.placeholder}
          required={props.required}
          maxLength={props.maxLength}
          autoFocus={props.autoFocus}
          {...draft.inputProps}
        />
      )}
      <FieldError id={draft.errorId} message={draft.problem} />
    </div>
  );
}
