import { useId } from 'react';

interface DateFieldProps {
  label: string;
  /** ISO `YYYY-MM-DD` as the date input gives it. */
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** Shown under the field and tied to it for screen readers. */
  error?: string | null;
}

/** A date input with its label, optional hint and error message, wired for assistive technology. */
export function DateField({ label, value, onChange, hint, error }: DateFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-h` : '', error ? `${id}-e` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint ? (
        <p id={`${id}-h`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-e`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
