import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { quietMorning } from '../../tests/experiment-fixture';
import { useExperiment, useMeeting, useRound, useTeam } from './selectors';
import { useWorkspace } from './workspace-store';

describe('the lookups by id', () => {
  it('give the stored record, follow its changes, and nothing for an unknown id', () => {
    useWorkspace.setState({
      ...emptyWorkspace(),
      teams: [{ id: 't1', name: 'Borgerservice', createdAt: '2026-01-01T00:00:00Z' }],
      experiments: [quietMorning()],
    });
    const { result } = renderHook(() => ({
      team: useTeam('t1'),
      experiment: useExperiment('e1'),
      round: useRound('nope'),
      meeting: useMeeting(undefined),
    }));
    expect(result.current.team?.name).toBe('Borgerservice');
    expect(result.current.experiment?.hvad).toBe('Stille formiddag');
    expect(result.current.round).toBeUndefined();
    expect(result.current.meeting).toBeUndefined();
    act(() => useWorkspace.setState({ experiments: [quietMorning({ hvad: 'Fokustid' })] }));
    expect(result.current.experiment?.hvad).toBe('Fokustid');
  });
});
