import { useId, type ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Where the hint stands: between the label and the control (default), or under the control. */
  hintPlacement?: 'above' | 'below';
  error?: ReactNode;
  /** Extra class names beside `field`. */
  className?: string;
  /** An id for the control, where something else points at it; a fresh one otherwise. */
  id?: string;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (props: FieldControlProps) => ReactNode;
}

/**
 * A labelled form control with an optional hint and an error that screen readers hear with it: every
 * form in the app wires its inputs and textareas through this, so none loses its aria-describedby.
 */
export function Field({
  label,
  hint,
  hintPlacement = 'above',
  error,
  className,
  id: given,
  children,
}: FieldProps) {
  const fresh = useId();
  const id = given ?? fresh;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasHint = hint !== undefined && hint !== null && hint !== false;
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const describedBy = [hasHint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ');
  const hintNode = hasHint ? (
    <span id={hintId} className="field-hint">
      {hint}
    </span>
  ) : null;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hintPlacement === 'above' ? hintNode : null}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': hasError ? true : undefined,
      })}
      {hintPlacement === 'below' ? hintNode : null}
      {hasError ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
