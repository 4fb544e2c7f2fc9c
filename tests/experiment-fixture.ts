import type { Experiment } from '@/domain/entities/experiment';

/**
 * Team t1's experiment "Stille formiddag" on fordybelse, started 2 November 2026 with a baseline score
 * of 2 and nothing recorded yet: the one tests of check-ins, phones' answers and the score line share.
 */
export function quietMorning(overrides: Partial<Experiment> = {}): Experiment {
  return {
    id: 'e1',
    teamId: 't1',
    meetingId: null,
    proposalId: null,
    themeIds: ['fordybelse'],
    hvad: 'Stille formiddag',
    hvorfor: '',
    hvordan: '',
    hvem: '',
    startDate: '2026-11-02',
    baselineScore: 2,
    checkIns: [],
    adjustments: [],
    decision: null,
    createdAt: '2026-10-30T10:00:00.000Z',
    ...overrides,
  };
}
