import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export type ParseResult<T, P extends string> = { ok: true; value: T } | { ok: false; problem: P };

/**
 * When what is typed is stored:
 * - `typing`: on every change — for free text, where every prefix is a value the user may mean;
 * - `complete`: when the user is done — on leaving the field, on Enter, or on picking a value from
 *   a list or calendar — for values that can be refused (dates, amounts, numbers, codes, web
 *   addresses), so the valid prefix of what is being typed (`2026-02-3` of `2026-02-30`, `1` of
 *   `1.500.000`) is never stored, and nothing derived from it moves.
 */
export type CommitRule = 'typing' | 'complete';

interface DraftFieldOptions<T, P extends string> {
  value: T;
  format: (value: T) => string;
  parse: (text: string) => ParseResult<T, P>;
  onSave: (value: T) => void;
  commit: CommitRule;
  /** Whether a problem should show while the user is still typing (otherwise from leaving the field on). */
  showWhileTyping?: (text: string, problem: P) => boolean;
}

/**
 * The text a user is typing into a field that saves itself. While the field shows a problem, the
 * stored value is the one it had before: a wrong entry never overwrites good data, and is never
 * silently dropped either — it stays in the field, with its problem beside it. Escape puts the
 * stored value back (for free text, the value the field had when the user came to it).
 */
export function useDraftField<T, P extends string>(options: DraftFieldOptions<T, P>) {
  const { value, format, parse, onSave, commit, showWhileTyping = () => true } = options;
  const [text, setText] = useState(() => format(value));
  const [problem, setProblem] = useState<P | null>(null);
  const [problemVisible, setProblemVisible] = useState(false);
  const focused = useRef(false);
  /** What the field held when the user came to it: Escape goes back to it. */
  const valueOnFocus = useRef(value);
  /** Whether the text was typed since it last matched the stored value. */
  const dirty = useRef(false);
  const errorId = useId();

  // Changes made elsewhere (another field, a status change) show up unless the user is typing here:
  // `format` runs only for a new value, so a new `format` function (every render) never clobbers typing.
  const formatRef = useRef(format);
  formatRef.current = format;
  useEffect(() => {
    if (!focused.current) {
      setText(formatRef.current(value));
      setProblem(null);
      setProblemVisible(false);
      dirty.current = false;
    }
  }, [value]);

  const save = (next: T) => {
    if (!Object.is(next, value)) onSave(next);
  };

  const change = (next: string) => {
    setText(next);
    dirty.current = true;
    const result = parse(next);
    if (result.ok) {
      setProblem(null);
      setProblemVisible(false);
      if (commit === 'typing') save(result.value);
    } else {
      setProblem(result.problem);
      setProblemVisible(showWhileTyping(next, result.problem));
    }
  };

  /** Stores what is typed if it is valid; otherwise shows why not and keeps the stored value. */
  const commitText = (current: string) => {
    if (!dirty.current) return;
    const result = parse(current);
    if (!result.ok) {
      setProblem(result.problem);
      setProblemVisible(true);
      return;
    }
    dirty.current = false;
    save(result.value);
    setText(format(result.value));
  };

  const restore = () => {
    const back = commit === 'typing' ? valueOnFocus.current : value;
    setText(format(back));
    setProblem(null);
    setProblemVisible(false);
    dirty.current = false;
    if (commit === 'typing') save(back);
  };

  // Closing the window does not blur the field: a complete value being typed is stored on the way out.
  const commitOnLeave = useRef(() => {});
  commitOnLeave.current = () => {
    if (focused.current && commit === 'complete') commitText(text);
  };
  useEffect(() => {
    const leave = () => commitOnLeave.current();
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, []);

  const parsed = parse(text);
  return {
    text,
    problem: problemVisible ? problem : null,
    /** The value the text reads as right now (for a live preview), or null while it cannot be read. */
    reading: parsed.ok ? parsed.value : null,
    errorId,
    inputProps: {
      value: text,
      onChange: (event: { target: { value: string }; nativeEvent?: Event }) => {
        change(event.target.value);
        // A value picked from the field's list is complete.
        if ((event.nativeEvent as InputEvent | undefined)?.inputType === 'insertReplacementText') commitText(event.target.value);
      },
      onFocus: () => {
        focused.current = true;
        valueOnFocus.current = value;
      },
      onBlur: () => {
        focused.current = false;
        if (commit === 'complete') commitText(text);
        else if (problem) setProblemVisible(true);
        else setText(format(value));
      },
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (event.nativeEvent.isComposing) return;
        if (event.key === 'Enter' && commit === 'complete' && event.currentTarget.tagName !== 'TEXTAREA') {
          commitText(text);
        } else if (event.key === 'Escape' && (dirty.current || problem !== null)) {
          // Only an edit is undone; an untouched field lets Escape through (to close a dialog).
          event.preventDefault();
          event.stopPropagation();
          restore();
        }
      },
      'aria-invalid': problemVisible && problem ? true : undefined,
      'aria-describedby': problemVisible && problem ? errorId : undefined,
    },
    /** Puts a complete value in the field (picked from a calendar) and stores it. */
    pick: (next: string) => {
      change(next);
      commitText(next);
    },
  };
}
