import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Announcer } from './announcer';
import { Field } from './field';
import { NumberField } from './number-field';

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

describe('NumberField', () => {
  it('keeps what was typed, offers the number keyboard, and puts a suggestion beside the input', async () => {
    function Groups() {
      const [value, setValue] = useState('');
      return (
        <NumberField
          label="Antal grupper"
          hint="Forslag: 3"
          error={value === '2,5' ? 'Skriv et helt tal.' : null}
          value={value}
          onChange={setValue}
          beside={
            value === '3' ? null : (
              <button type="button" onClick={() => setValue('3')}>
                Brug 3
              </button>
            )
          }
        />
      );
    }
    render(<Groups />);
    const input = screen.getByLabelText('Antal grupper');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    await userEvent.click(screen.getByRole('button', { name: 'Brug 3' }));
    expect(screen.queryByRole('button', { name: 'Brug 3' })).toBeNull();
    // The suggestion's button comes back with the first key typed; the input stays the same element.
    await userEvent.clear(input);
    await userEvent.type(input, '2,5');
    expect(input).toHaveValue('2,5');
    expect(input).toHaveFocus();
    expect(input).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription('Forslag: 3 Skriv et helt tal.');
    await userEvent.click(screen.getByRole('button', { name: 'Brug 3' }));
    expect(input).toHaveValue('3');
    expect(input).not.toHaveAttribute('aria-invalid');
  });
});
