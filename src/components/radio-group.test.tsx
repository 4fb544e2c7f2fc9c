import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RadioGroup } from './radio-group';

function DecisionChoice({ errorId }: { errorId?: string }) {
  const [mode, setMode] = useState<'A' | 'B' | null>(null);
  return (
    <>
      <RadioGroup
        legend="Beslutning"
        options={['A', 'B'] as const}
        value={mode}
        onChange={setMode}
        label={(option) => `Beslutning ${option}`}
        optionHint={(option) => (option === 'A' ? 'Vælg 2–3 forsøg' : 'Vælg ét forsøg')}
        hint="Planlagt: A"
        note="I kan ændre det senere"
        errorId={errorId}
      />
      <p id="choice-error">Vælg en beslutning</p>
      <output>{mode ?? 'ingen'}</output>
    </>
  );
}

describe('RadioGroup', () => {
  it('names each option by its label alone and describes it by its own hint', () => {
    render(<DecisionChoice />);
    const a = screen.getByRole('radio', { name: 'Beslutning A' });
    expect(a).toHaveAccessibleDescription('Vælg 2–3 forsøg');
    expect(screen.getByRole('radio', { name: 'Beslutning B' })).toHaveAccessibleDescription('Vælg ét forsøg');
    expect(screen.getByRole('group', { name: 'Beslutning' })).toHaveAccessibleDescription(
      'Planlagt: A I kan ændre det senere',
    );
  });

  it('reads an error shown elsewhere with the group while it stands', () => {
    render(<DecisionChoice errorId="choice-error" />);
    expect(screen.getByRole('group', { name: 'Beslutning' })).toHaveAccessibleDescription(
      'Planlagt: A I kan ændre det senere Vælg en beslutning',
    );
  });

  it('chooses by click on the label and by arrow keys, one option at a time', async () => {
    const user = userEvent.setup();
    render(<DecisionChoice />);
    expect(screen.getByRole('status')).toHaveTextContent('ingen');
    await user.click(screen.getByText('Beslutning B'));
    expect(screen.getByRole('radio', { name: 'Beslutning B' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('B');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('radio', { name: 'Beslutning A' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Beslutning B' })).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('A');
  });
});
