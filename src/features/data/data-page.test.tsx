import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import workspaceV1 from '../../../tests/fixtures/workspace-v1.json';
import { renderAt } from '../../../tests/render';
import { workspaceSchema } from '@/domain/entities/workspace';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { createBackup } from '@/export/backup';
import { useUndo } from '@/state/undo-store';
import { useWorkspace } from '@/state/workspace-store';
import DataPage from './data-page';

const fixture = workspaceSchema.parse(workspaceV1.state);
const file = (text: string) => new File([text], 'backup.json', { type: 'application/json' });

beforeEach(() => {
  useWorkspace.setState(fixture);
  useUndo.setState({ offer: null });
});

describe('DataPage', () => {
  it('shows which record and field is wrong in a bad file, and changes nothing', async () => {
    const user = userEvent.setup();
    renderAt(<DataPage />);
    const broken = JSON.parse(createBackup(fixture, '2025-03-12T10:00:00.000Z')) as {
      data: { meetings: Record<string, unknown>[] };
    };
    broken.data.meetings[1]!.date = '11/3';
    await user.upload(screen.getByLabelText('Vælg en sikkerhedskopi (.json)'), file(JSON.stringify(broken)));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('Møde 2 (»11/3«), felt »dato«: har et forkert format'),
    ).toBeInTheDocument();
    expect(useWorkspace.getState().meetings).toEqual(fixture.meetings);
  });

  it('previews a valid file and merges it', async () => {
    const user = userEvent.setup();
    useWorkspace.setState(emptyWorkspace());
    renderAt(<DataPage />);
    await user.upload(
      screen.getByLabelText('Vælg en sikkerhedskopi (.json)'),
      file(createBackup(fixture, '2025-03-12T10:00:00.000Z')),
    );
    const row = await screen.findByRole('row', { name: /Møder/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '0', '0', '0']);
    await user.click(screen.getByRole('button', { name: 'Indlæs' }));
    expect(useWorkspace.getState().meetings).toHaveLength(2);
    expect(screen.getByText(/^Filen er flettet ind\./)).toBeInTheDocument();
  });

  it('keeps a record changed here after the backup was made, says so, and can undo the merge', async () => {
    const user = userEvent.setup();
    const older = { id: 'x', name: 'Kantinen', createdAt: '2025-01-01T00:00:00.000Z' };
    useWorkspace.setState({ ...emptyWorkspace(), teams: [older] });
    useWorkspace.getState().renameTeam('x', 'Kantinen og caféen');
    renderAt(<DataPage />);
    const backup = createBackup(
      { ...emptyWorkspace(), teams: [older, { id: 'y', name: 'Rengøring', createdAt: older.createdAt }] },
      '2025-03-12T10:00:00.000Z',
    );
    await user.upload(screen.getByLabelText('Vælg en sikkerhedskopi (.json)'), file(backup));
    const row = await screen.findByRole('row', { name: /Teams/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1', '0', '1', '0']);
    await user.click(screen.getByRole('button', { name: 'Indlæs' }));
    expect(useWorkspace.getState().teams.map((team) => team.name)).toEqual([
      'Kantinen og caféen',
      'Rengøring',
    ]);
    expect(
      screen.getByText('Team »Kantinen og caféen«: ændret senere her, så jeres version er beholdt.'),
    ).toBeInTheDocument();
    useUndo.getState().takeBack();
    expect(useWorkspace.getState().teams.map((team) => team.name)).toEqual(['Kantinen og caféen']);
  });

  it('replaces after keeping an automatic backup that can be restored', async () => {
    const user = userEvent.setup();
    renderAt(<DataPage />);
    const other = {
      ...emptyWorkspace(),
      teams: [{ id: 'x', name: 'Kantinen', createdAt: '2025-01-01T00:00:00.000Z' }],
    };
    await user.upload(
      screen.getByLabelText('Vælg en sikkerhedskopi (.json)'),
      file(createBackup(other, '2025-03-12T10:00:00.000Z')),
    );
    await user.click(await screen.findByRole('radio', { name: /Erstat/ }));
    await user.click(screen.getByRole('button', { name: 'Indlæs' }));
    expect(useWorkspace.getState().teams.map((t) => t.name)).toEqual(['Kantinen']);
    await user.click(screen.getByRole('button', { name: 'Gendan den automatiske sikkerhedskopi' }));
    expect(useWorkspace.getState().teams.map((t) => t.name)).toEqual(['Hjemmeplejen Nord', 'Borgerservice']);
  });

  it('deletes a team with an undo offer', async () => {
    const user = userEvent.setup();
    renderAt(<DataPage />);
    await user.click(screen.getByRole('button', { name: 'Slet »Borgerservice«' }));
    expect(useWorkspace.getState().teams.map((t) => t.name)).toEqual(['Hjemmeplejen Nord']);
    useUndo.getState().takeBack();
    expect(useWorkspace.getState().meetings).toHaveLength(2);
  });

  it('renames a team and refuses an empty name', async () => {
    const user = userEvent.setup();
    renderAt(<DataPage />);
    await user.click(screen.getByRole('button', { name: 'Omdøb »Borgerservice«' }));
    const input = screen.getByLabelText('Nyt navn til »Borgerservice«');
    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Gem navn' }));
    expect(screen.getByText('Skriv et navn.')).toBeInTheDocument();
    await user.type(input, 'Borgerservice Syd');
    await user.click(screen.getByRole('button', { name: 'Gem navn' }));
    expect(useWorkspace.getState().teams[1]?.name).toBe('Borgerservice Syd');
  });

  it('deletes everything only after confirmation, and undo brings it back', async () => {
    const user = userEvent.setup();
    renderAt(<DataPage />);
    await user.click(screen.getByRole('button', { name: 'Slet alle data på denne enhed' }));
    expect(useWorkspace.getState().teams).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Ja, slet alle data' }));
    expect(useWorkspace.getState().teams).toEqual([]);
    useUndo.getState().takeBack();
    expect(useWorkspace.getState().experiments).toHaveLength(1);
  });

  it('renders hostile team names as text, never as HTML', () => {
    useWorkspace.setState({
      teams: [{ id: 'h', name: '<img src=x onerror=alert(1)>', createdAt: '2025-01-01T00:00:00Z' }],
    });
    renderAt(<DataPage />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
