import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { clock } from '@/lib/clock';
import { useUndo } from '@/state/undo-store';
import { useWorkspace } from '@/state/workspace-store';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { renderAt } from '../../../tests/render';
import { stubPdfDownloads } from '../../../tests/pdf-download';
import TeamPlanPage from './team-plan-page';

function renderPlan() {
  return renderAt(<Route path="/handleplan/:teamId" component={TeamPlanPage} />, { path: '/handleplan/t1' });
}

beforeEach(() => {
  vi.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T10:00:00').getTime());
  useWorkspace.setState({
    ...emptyWorkspace(),
    teams: [{ id: 't1', name: 'Løn og personale', createdAt: '2026-11-01T10:00:00.000Z' }],
  });
});

afterEach(() => vi.restoreAllMocks());

describe('TeamPlanPage', () => {
  it('adds an experiment by hand starting next Monday and shows it as a row', async () => {
    const user = userEvent.setup();
    renderPlan();
    expect(screen.getByRole('heading', { level: 1, name: 'Løn og personale' })).toBeInTheDocument();
    expect(screen.getByLabelText('Startdato')).toHaveValue('2026-11-23');
    await user.type(screen.getByLabelText('Hvad? (forsøget)'), 'Fast mødedag tirsdag');
    await user.click(screen.getByRole('checkbox', { name: 'Fordybelse' }));
    await user.click(screen.getByRole('button', { name: 'Tilføj forsøg' }));

    const [experiment] = useWorkspace.getState().experiments;
    expect(experiment).toMatchObject({
      hvad: 'Fast mødedag tirsdag',
      startDate: '2026-11-23',
      themeIds: ['fordybelse'],
    });
    const table = screen.getByRole('table', { name: 'Forsøg i handleplanen for Løn og personale' });
    expect(within(table).getByLabelText('Hvad? – forsøg 1')).toHaveValue('Fast mødedag tirsdag');
    expect(within(table).getByText('Planlagt')).toBeInTheDocument();
    expect(within(table).getByText('Næste stop op: uge 50')).toBeInTheDocument();
  });

  it('says what is missing instead of adding an empty experiment', async () => {
    const user = userEvent.setup();
    renderPlan();
    await user.click(screen.getByRole('button', { name: 'Tilføj forsøg' }));
    expect(screen.getByText('Skriv, hvad forsøget går ud på.')).toBeInTheDocument();
    expect(useWorkspace.getState().experiments).toEqual([]);
  });

  it('edits the toolkit columns in place and deletes a row with an undo offer', async () => {
    const user = userEvent.setup();
    useWorkspace
      .getState()
      .addExperiment({ teamId: 't1', hvad: 'Stille formiddag', startDate: '2026-11-02' });
    renderPlan();
    await user.type(screen.getByLabelText('Hvorfor? – forsøg 1'), 'Mere ro');
    expect(useWorkspace.getState().experiments[0]?.hvorfor).toBe('Mere ro');
    expect(screen.getByText('Næste stop op: uge 47')).toBeInTheDocument();
    expect(screen.getByText('Denne uge')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Slet forsøg 1' }));
    expect(useWorkspace.getState().experiments).toEqual([]);
    expect(useUndo.getState().offer?.message).toBe('Forsøget »Stille formiddag« er slettet.');
    useUndo.getState().takeBack();
    expect(useWorkspace.getState().experiments[0]?.hvorfor).toBe('Mere ro');
  });

  it('links to the idea bank and the proposals for this team', () => {
    renderPlan();
    expect(screen.getByRole('link', { name: 'Fra idébanken' })).toHaveAttribute('href', '/idebank?team=t1');
    expect(screen.getByRole('link', { name: 'Fra forslag' })).toHaveAttribute('href', '/forslag?team=t1');
  });

  it('prints the handleplan as an A3 poster in one click', async () => {
    const user = userEvent.setup();
    const click = stubPdfDownloads();
    useWorkspace.getState().addExperiment({ teamId: 't1', hvad: 'Fokustid', startDate: '2026-11-23' });
    renderPlan();
    await user.click(screen.getByRole('radio', { name: 'A3 (plakat)' }));
    await user.click(screen.getByRole('button', { name: 'Udskriv handleplan (PDF)' }));
    expect(
      await screen.findByText(
        'handleplan-loen-og-personale-2026-11-18.pdf er hentet.',
        {},
        { timeout: 10000 },
      ),
    ).toHaveAttribute('role', 'status');
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('offers no print while the plan is empty', () => {
    renderPlan();
    expect(screen.queryByRole('button', { name: 'Udskriv handleplan (PDF)' })).not.toBeInTheDocument();
  });
});
