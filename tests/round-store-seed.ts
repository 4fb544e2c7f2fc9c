import type { AssessmentRound } from '@/domain/entities/assessment';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { useWorkspace } from '@/state/workspace-store';

/** Round r1 of team t1, 2 November 2026, with no answers yet: the round screens' starting point. */
export function emptyRound(overrides: Partial<AssessmentRound> = {}): AssessmentRound {
  return {
    id: 'r1',
    teamId: 't1',
    date: '2026-11-02',
    label: '',
    responses: [],
    tally: {},
    choice: null,
    createdAt: '2026-11-02T09:00:00Z',
    ...overrides,
  };
}

/** A workspace holding team t1 "Borgerservice" and the given rounds (by default one empty round). */
export function seedRounds(...rounds: AssessmentRound[]) {
  useWorkspace.setState({
    ...emptyWorkspace(),
    teams: [{ id: 't1', name: 'Borgerservice', createdAt: '2026-01-01T00:00:00Z' }],
    assessments: rounds.length > 0 ? rounds : [emptyRound()],
  });
}
