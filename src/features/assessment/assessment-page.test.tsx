import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { useUndo } from '@/state/undo-store';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import AssessmentPage from './assessment-page';

function round(id: string, date: string, label: string, tally: AssessmentRound['tally']): AssessmentRound {
  return {
    id,
    teamId: 't1',
    date,
    label,
    responses: [],
    tally,
    choice: null,
    createdAt: `${date}T09:00:00Z`,
  };
}

const page = (
  <Suspense>
    <AssessmentPage />
  </Suspense>
);

describe('AssessmentPage', () => {
  beforeEach(() =>
    useWorkspace.setState({
      ...emptyWorkspace(),
      teams: [{ id: 't1', name: 'Borgerservice', createdAt: '2026-01-01T00:00:00Z' }],
      assessments: [
        round('r2', '2026-04-01', 'Efter', { tillid: [0, 0, 0, 3, 0] }),
        round('r1', '2026-02-01', 'Før', { tillid: [0, 0, 3, 0, 0], fordybelse: [0, 0, 0, 0, 3] }),
      ],
    }),
  );

  it('lists the team’s rounds oldest first and compares the last two per theme', async () => {
    renderAt(page, { path: '/vurdering' });
    const rounds = await screen.findByRole('region', { name: 'Runder for Borgerservice' });
    expect(
      within(rounds)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Før (1. februar 2026)', 'Efter (1. april 2026)']);
    const table = screen.getByRole('table', { name: /Gennemsnit pr\. tema/ });
    const tillid = within(table).getByRole('row', { name: /Tillid/ });
    expect(tillid).toHaveTextContent('3,0 (n = 3)');
    expect(tillid).toHaveTextContent('op 1,0');
    expect(within(table).getByRole('row', { name: /Fordybelse/ })).toHaveTextContent('–');
  });

  it('computes the change from the shown means, so 3,3 → 3,6 reads "op 0,3"', async () => {
    useWorkspace.setState({
      assessments: [
        // Means 3.333 and 3.556: the unrounded difference is 0.22.
        round('r1', '2026-02-01', 'Før', { sammenhaengskraft: [0, 0, 2, 1, 0] }),
        round('r2', '2026-04-01', 'Efter', { sammenhaengskraft: [0, 0, 4, 5, 0] }),
      ],
    });
    renderAt(page, { path: '/vurdering' });
    const table = await screen.findByRole('table', { name: /Gennemsnit pr\. tema/ });
    const row = within(table).getByRole('row', { name: /Sammenhængskraft/ });
    expect(row).toHaveTextContent('3,3 (n = 3)');
    expect(row).toHaveTextContent('3,6 (n = 9)');
    expect(row).toHaveTextContent('op 0,3');
  });

  it('gives the range of answers per theme on a round whose themes have different totals', async () => {
    renderAt(page, { path: '/vurdering' });
    const rounds = await screen.findByRole('region', { name: 'Runder for Borgerservice' });
    expect(within(rounds).getAllByText('3 besvarelser')).toHaveLength(2);
    useWorkspace.setState({
      assessments: [
        round('r1', '2026-02-01', 'Før', { tillid: [0, 0, 3, 0, 0], fordybelse: [0, 0, 0, 4, 0] }),
      ],
    });
    expect(await within(rounds).findByText('3–4 svar pr. tema')).toBeInTheDocument();
  });

  it('starts a new round and opens it', async () => {
    const { history } = renderAt(page, { path: '/vurdering' });
    await userEvent.type(await screen.findByLabelText('Betegnelse (frivillig)'), 'Efter seks uger');
    await userEvent.click(screen.getByRole('button', { name: 'Start ny runde' }));
    const created = useWorkspace.getState().assessments.find((r) => r.label === 'Efter seks uger');
    expect(created?.teamId).toBe('t1');
    expect(history.at(-1)).toBe(`/vurdering/${created?.id}`);
  });

  it('deletes a round with an undo offer', async () => {
    renderAt(page, { path: '/vurdering' });
    await userEvent.click(await screen.findByRole('button', { name: 'Slet runden Før (1. februar 2026)' }));
    expect(useWorkspace.getState().assessments.map((r) => r.id)).toEqual(['r2']);
    expect(useUndo.getState().offer?.message).toBe('Runden Før (1. februar 2026) er slettet.');
    act(() => useUndo.getState().takeBack());
    expect(useWorkspace.getState().assessments.map((r) => r.id)).toEqual(['r2', 'r1']);
  });
});
