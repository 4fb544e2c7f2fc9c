import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { clock } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import DueThisWeek from './due-this-week';

beforeEach(() => {
  vi.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-25T10:00:00').getTime());
  useWorkspace.setState({
    ...emptyWorkspace(),
    teams: [{ id: 't1', name: 'Jura', createdAt: '2026-10-01T10:00:00.000Z' }],
  });
});

afterEach(() => vi.restoreAllMocks());

describe('DueThisWeek', () => {
  it('keeps its place and says what will show there while there are no experiments', () => {
    renderAt(<DueThisWeek />);
    expect(screen.getByRole('heading', { name: 'Denne uge' })).toBeInTheDocument();
    expect(screen.getByText(/Når I har lagt et forsøg i handleplanen/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('lists overdue and due stops with links to the experiment', () => {
    const id = useWorkspace
      .getState()
      .addExperiment({ teamId: 't1', hvad: 'Fast mødedag', startDate: '2026-10-26' });
    renderAt(<DueThisWeek />);
    expect(screen.getByRole('heading', { name: 'Denne uge' })).toBeInTheDocument();
    const overdue = screen.getByRole('link', { name: 'Stop op efter 2 uger: Fast mødedag' });
    expect(overdue).toHaveAttribute('href', `/handleplan/forsoeg/${id}`);
    expect(screen.getByRole('link', { name: 'Stop op efter 4 uger: Fast mødedag' })).toBeInTheDocument();
    expect(screen.getByText('Overskredet')).toBeInTheDocument();
    expect(screen.getByText('Jura · mandag 23. november, uge 48')).toBeInTheDocument();
  });

  it('says so when nothing is due this week', () => {
    useWorkspace.getState().addExperiment({ teamId: 't1', hvad: 'Senere', startDate: '2026-12-07' });
    renderAt(<DueThisWeek />);
    expect(screen.getByText('Ingen stop op eller beslutninger denne uge.')).toBeInTheDocument();
  });
});
