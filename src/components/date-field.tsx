import { Field } from './field';

interface DateFieldProps {
  label: string;
  /** ISO `YYYY-MM-DD` as the date input gives it; '' while it is empty or not a whole date. */
  value: string;
  onChange: (value: string) => void;
  /** Under the input: what the date means. */
  hint?: string;
  error?: string | null;
  required?: boolean;
}

/** A calendar date with its label, hint and error: the browser's date picker, in the page's language. */
export function DateField({ label, value, onChange, hint, error, required }: DateFieldProps) {
  return (
    <Field label={label} hint={hint} hintPlacement="below" error={error}>
      {(props) => (
        <input
          {...props}
          type="date"
          value={value}
          required={required}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
