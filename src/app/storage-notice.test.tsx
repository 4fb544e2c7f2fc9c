import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '../../tests/render';
import { useStorageStatus } from '@/state/storage-status';
import { StorageNotice } from './storage-notice';

afterEach(() => useStorageStatus.setState({ problem: null, restoreProblem: null, savingHeld: false }));

describe('StorageNotice', () => {
  it.each([
    ['da', 'full', 'Der er ikke mere plads'],
    ['en', 'unavailable', 'does not allow data to be saved'],
  ] as const)('tells the user in %s when saving fails (%s)', (language, problem, text) => {
    useStorageStatus.setState({ problem });
    renderAt(<StorageNotice />, { language });
    expect(screen.getByRole('alert')).toHaveTextContent(text);
  });

  it('says how many records could not be read, and can be dismissed', async () => {
    const user = userEvent.setup();
    useStorageStatus.setState({ restoreProblem: { kind: 'salvaged', droppedRecords: 2, backupKey: 'k' } });
    renderAt(<StorageNotice />);
    expect(screen.getByRole('alert')).toHaveTextContent('2 gemte poster kunne ikke læses');
    await user.click(screen.getByRole('button', { name: 'Luk besked' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('holds a newer version’s data until the user starts anew, and cannot just be closed', async () => {
    const user = userEvent.setup();
    useStorageStatus.getState().reportRestore({ kind: 'newerVersion' });
    renderAt(<StorageNotice />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('gemt af en nyere version');
    expect(alert).toHaveTextContent('Indtil I vælger, gemmes intet');
    expect(screen.queryByRole('button', { name: 'Luk besked' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hent de gemte data som fil' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start forfra (dataene gemmes som kopi)' }));
    await vi.waitFor(() => expect(useStorageStatus.getState().savingHeld).toBe(false));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says in English when no copy fitted, and offers to go on without it', () => {
    useStorageStatus.getState().reportRestore({ kind: 'unreadable', backupKey: null });
    renderAt(<StorageNotice />, { language: 'en' });
    expect(screen.getByRole('alert')).toHaveTextContent('no room on this device to keep a copy');
    expect(
      screen.getByRole('button', { name: 'Go on without a copy (download the data first)' }),
    ).toBeVisible();
  });
});
