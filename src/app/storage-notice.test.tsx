import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '../../tests/render';
import { useStorageStatus } from '@/state/storage-status';
import { StorageNotice } from './storage-notice';

afterEach(() => useStorageStatus.setState({ problem: null, restoreProblem: null }));

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
});
