import { useId, type ReactNode } from 'react';

interface RadioGroupProps<T extends string> {
  legend: ReactNode;
  /** Said to screen readers but not shown, where a heading right above already says it. */
  legendHidden?: boolean;
  options: readonly T[];
  value: T | null;
  onChange: (option: T) => void;
  label: (option: T) => ReactNode;
  /** Under an option's label, and read with it: what choosing it means. */
  optionHint?: (option: T) => ReactNode;
  /** Under the legend, read with the group: e.g. what the plan said. */
  hint?: ReactNode;
  /** After the options, read with the group: e.g. what a choice leads to. */
  note?: ReactNode;
  /** The id of an error shown elsewhere, read with the group while it stands. */
  errorId?: string;
  /** A few short options side by side rather than one under the other. */
  inline?: boolean;
  className?: string;
}

/**
 * A choice of one among a few, as a fieldset of radio buttons: every such choice in the app goes
 * through this, so each has its legend, a touch-sized target and its hints tied to it.
 */
export function RadioGroup<T extends string>({
  legend,
  legendHidden = false,
  options,
  value,
  onChange,
  label,
  optionHint,
  hint,
  note,
  errorId,
  inline = false,
  className,
}: RadioGroupProps<T>) {
  const name = useId();
  const hintId = `${name}-hint`;
  const noteId = `${name}-note`;
  const describedBy = [hint ? hintId : null, note ? noteId : null, errorId ?? null].filter(Boolean).join(' ');
  const classes = ['radio-group', inline ? 'radio-group-inline' : null, className].filter(Boolean);
  return (
    <fieldset className={classes.join(' ')} aria-describedby={describedBy || undefined}>
      <legend className={legendHidden ? 'visually-hidden' : undefined}>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="radio-group-options">
        {options.map((option) => {
          const id = `${name}-${option}`;
          const optionHintText = optionHint?.(option);
          return (
            <div key={option} className="radio-choice">
              <input
                id={id}
                type="radio"
                name={name}
                value={option}
                checked={value === option}
                onChange={() => onChange(option)}
                aria-describedby={optionHintText ? `${id}-hint` : undefined}
              />
              <span className="radio-choice-text">
                <label htmlFor={id}>{label(option)}</label>
                {optionHintText ? (
                  <span id={`${id}-hint`} className="field-hint">
                    {optionHintText}
                  </span>
                ) : null}
              </span>
            </div>
          );
        })}
      </div>
      {note ? (
        <p id={noteId} className="field-hint">
          {note}
        </p>
      ) : null}
    </fieldset>
  );
}
