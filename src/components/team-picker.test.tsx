import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TeamPicker } from './team-picker';

describe('TeamPicker', () => {
  it('asks for a name first when there are no teams, and selects the new team', async () => {
    const onCreate = vi.fn(() => 't1');
    const onSelect = vi.fn();
    render(<TeamPicker teams={[]} selectedId={null} onSelect={onSelect} onCreate={onCreate} />);
    await userEvent.type(screen.getByLabelText('Navn på afdeling eller team'), '  Borgerservice ');
    await userEvent.click(screen.getByRole('button', { name: 'Opret' }));
    expect(onCreate).toHaveBeenCalledWith('Borgerservice');
    expect(onSelect).toHaveBeenCalledWith('t1');
  });

  it('refuses an empty name and a name already in use, with a message', async () => {
    const onCreate = vi.fn(() => 'x');
    render(
      <TeamPicker teams={[{ id: 'a', name: 'Løn' }]} selectedId="a" onSelect={vi.fn()} onCreate={onCreate} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tilføj afdeling eller team' }));
    await userEvent.click(screen.getByRole('button', { name: 'Opret' }));
    expect(screen.getByText('Skriv et navn.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Navn på afdeling eller team'), 'løn');
    await userEvent.click(screen.getByRole('button', { name: 'Opret' }));
    expect(screen.getByText('Der findes allerede et team med navnet »løn«.')).toBeInTheDocument();
    expect(screen.getByLabelText('Navn på afdeling eller team')).toHaveAttribute('aria-invalid', 'true');
    expect(onCreate).not.toHaveBeenCalled();
  });
});
