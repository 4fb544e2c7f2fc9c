import type { ReactNode } from 'react';
import { Field } from './field';

interface NumberFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** As typed, so a half-typed or wrong number stays visible with its message. */
  value: string;
  onChange: (value: string) => void;
  /**
   * Beside the input, e.g. a button that fills in a suggested number. Give it (null while there is
   * nothing to show) whenever something may appear there, so the input is never remounted mid-typing.
   */
  beside?: ReactNode;
}

/**
 * A count or a number of minutes: a text input with the phone's number keyboard. Not
 * `type="number"`, which turns "2,5" into an empty value that no message can point at; the screen
 * reads the text with `parseWholeNumber` and names what is wrong.
 */
export function NumberField({ value, onChange, beside, ...field }: NumberFieldProps) {
  return (
    <Field {...field}>
      {(props) => {
        const input = (
          <input
            {...props}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className="input-number"
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        );
        return beside !== undefined ? (
          <div className="field-inline">
            {input}
            {beside}
          </div>
        ) : (
          input
        );
      }}
    </Field>
  );
}
