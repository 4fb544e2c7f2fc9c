import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Announcer } from './announcer';
import { Field } from './field';

describe('Field', () => {
  it('ties the control to its label, hint and error', () => {
    render(
      <Field label="Dato" hint="Dagen for mødet" error="Vælg en dato">
        {(props) => <input {...props} type="date" />}
      </Field>,
    );
    const input = screen.getByLabelText('Dato');
    expect(input).toHaveAccessibleDescription('Dagen for mødet Vælg en dato');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('describes a valid control by its hint alone, and a bare one by nothing', () => {
    render(
      <>
        <Field label="Sted" hint="Fx mødelokale 2" hintPlacement="below">
          {(props) => <input {...props} type="text" />}
        </Field>
        <Field label="Note" error={null}>
          {(props) => <textarea {...props} />}
        </Field>
      </>,
    );
    expect(screen.getByLabelText('Sted')).toHaveAccessibleDescription('Fx mødelokale 2');
    expect(screen.getByLabelText('Sted')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Note')).not.toHaveAttribute('aria-describedby');
  });

  it('keeps an id given from outside', () => {
    render(
      <Field id="name" label="Navn">
        {(props) => <input {...props} />}
      </Field>,
    );
    expect(screen.getByLabelText('Navn')).toHaveAttribute('id', 'name');
  });
});

describe('Announcer', () => {
  it('says its message in a polite status region', () => {
    render(<Announcer message="Forslaget er tilføjet." />);
    expect(screen.getByRole('status')).toHaveTextContent('Forslaget er tilføjet.');
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  });
});
