/**
 * One of the list's filters: a select whose first choice means "no filter" (null) and whose others
 * are the values of a vocabulary, each said in the interface's language.
 */
export function FilterSelect<T extends string>(props: {
  id: string;
  label: string;
  allLabel: string;
  values: readonly T[];
  value: T | null;
  labelOf: (value: T) => string;
  onChange: (value: T | null) => void;
}) {
  return (
    <>
      <label className="visually-hidden" htmlFor={props.id}>
        {props.label}
      </label>
      <select id={props.id} value={props.value ?? ''} onChange={(event) => props.onChange(props.values.find((value) => value === event.target.value) ?? null)}>
        <option value="">{props.allLabel}</option>
        {props.values.map((value) => (
          <option key={value} value={value}>
            {props.labelOf(value)}
          </option>
        ))}
      </select>
    </>
  );
}
