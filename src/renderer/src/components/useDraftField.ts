import { useEffect, useId, useRef, useState } from 'react';

export type ParseResult<T, P extends string> = { ok: true; value: T } | { ok: false; problem: P };

interface DraftFieldOptions<T, P extends string> {
  value: T;
  format: (value: T) => string;
  parse: (text: string) => ParseResult<T, P>;
  onSave: (value: T) => void;
  /** Whether a problem should show while the user is still typing (otherwise from blur on). */
  showWhileTyping?: (text: string, problem: P) => boolean;
}

/**
 * The text a user is typing into a field that saves itself. Valid text is saved on every change;
 * invalid text stays in the field with its problem next to it, and nothing is written, so a
 * half-typed or wrong entry never overwrites good data and is never silently dropped.
 */
export function useDraftField<T, P extends string>(options: DraftFieldOptions<T, P>) {
  const { value, format, parse, onSave, showWhileTyping = () => true } = options;
  const [text, setText] = useState(() => format(value));
  const [problem, setProblem] = useState<P | null>(null);
  const [problemVisible, setProblemVisible] = useState(false);
  const focused = useRef(false);
  const errorId = useId();

  // Changes made elsewhere (another field, a status change) show up unless the user is typing here.
  useEffect(() => {
    if (!focused.current) {
      setText(format(value));
      setProblem(null);
      setProblemVisible(false);
    }
    // `format` is a pure function of the value; re-running on its identity would clobber typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const onChange = (next: string) => {
    setText(next);
    const result = parse(next);
    if (result.ok) {
      setProblem(null);
      setProblemVisible(false);
      if (!Object.is(result.value, value)) onSave(result.value);
    } else {
      setProblem(result.problem);
      setProblemVisible(showWhileTyping(next, result.problem));
    }
  };

  return {
    text,
    problem: problemVisible ? problem : null,
    errorId,
    inputProps: {
      value: text,
      onChange: (event: { target: { value: string } }) => onChange(event.target.value),
      onFocus: () => {
        focused.current = true;
      },
      onBlur: () => {
        focused.current = false;
        if (problem) setProblemVisible(true);
        else setText(format(value));
      },
      'aria-invalid': problemVisible && problem ? true : undefined,
      'aria-describedby': problemVisible && problem ? errorId : undefined,
    },
    setText: onChange,
  };
}
