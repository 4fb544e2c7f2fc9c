import type { Ref } from 'react';
import { PROPOSAL_TEXT_MAX } from '@/domain/entities/proposal';
import { Field } from './field';

interface ProposalTextFieldProps {
  label: string;
  hint: string;
  /** Said when the form was sent with no text. */
  error: string | null;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  /** For keeping focus here after each proposal, so the next one can be typed at once. */
  inputRef?: Ref<HTMLInputElement>;
}

/** One proposal as it is said, on one line: the board's and the meeting runner's new-proposal field. */
export function ProposalTextField({ value, onChange, inputRef, ...field }: ProposalTextFieldProps) {
  return (
    <Field {...field} hintPlacement="below">
      {(props) => (
        <input
          {...props}
          ref={inputRef}
          type="text"
          value={value}
          maxLength={PROPOSAL_TEXT_MAX}
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
