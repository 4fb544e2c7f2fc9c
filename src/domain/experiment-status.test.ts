import { describe, expect, it } from 'vitest';
import type { Experiment } from './entities/experiment';
import { dueStops, experimentStatus, nextStop, pendingStops, stopState } from './experiment-status';

function experiment(changes: Partial<Experiment> = {}): Experiment {
  return {
    id: 'e1',
    teamId: 't1',
    meetingId: null,
    proposalId: null,
    themeIds: [],
    hvad: 'Fast mødedag tirsdag',
    hvorfor: '',
    hvordan: '',
    hvem: '',
    startDate: '2026-11-02',
    baselineScore: null,
    checkIns: [],
    adjustments: [],
    decision: null,
    createdAt: '2026-10-30T10:00:00.000Z',
    ...changes,
  };
}

const checkIn = (week: 2 | 4) => ({
  week,
  date: '2026-11-16',
  learned: '',
  continueWith: '',
  adjust: '',
  score: null,
  recordedAt: '2026-11-16T10:00:00.000Z',
});

describe('experimentStatus', () => {
  it.each([
    ['planned before the start', experiment(), '2026-11-01', 'planned'],
    ['running from the start day', experiment(), '2026-11-02', 'running'],
    [
      'adjusted once an adjustment is logged',
      experiment({ adjustments: [{ date: '2026-11-16', text: 'Kortere' }] }),
      '2026-11-20',
      'adjusted',
    ],
    ['awaiting the decision from the decision day', experiment(), '2026-12-14', 'awaitingDecision'],
    [
      'made permanent',
      experiment({ decision: { outcome: 'permanent', reason: '', date: '2026-12-14' } }),
      '2026-12-20',
      'permanent',
    ],
    [
      'extended, even before the decision day',
      experiment({ decision: { outcome: 'extend', reason: '', date: '2026-12-01' } }),
      '2026-12-01',
      'extended',
    ],
    [
      'stopped',
      experiment({ decision: { outcome: 'stop', reason: 'Virkede ikke', date: '2026-12-14' } }),
      '2027-01-10',
      'stopped',
    ],
  ])('is %s', (_name, value, today, status) => {
    expect(experimentStatus(value, today)).toBe(status);
  });
});

describe('stopState', () => {
  it.each([
    ['2026-11-16', '2026-11-16', 'due'],
    ['2026-11-16', '2026-11-22', 'due'],
    ['2026-11-22', '2026-11-16', 'due'],
    ['2026-11-23', '2026-11-22', 'upcoming'],
    ['2026-11-15', '2026-11-16', 'overdue'],
    ['2026-12-28', '2027-01-03', 'due'],
  ])('a stop on %s seen on %s is %s', (date, today, state) => {
    expect(stopState(date, today)).toBe(state);
  });
});

describe('pendingStops and nextStop', () => {
  it('lists every stop until recorded, each with its state', () => {
    const stops = pendingStops(experiment(), '2026-11-18');
    expect(stops.map((s) => [s.kind, s.date, s.state])).toEqual([
      ['checkIn2', '2026-11-16', 'due'],
      ['checkIn4', '2026-11-30', 'upcoming'],
      ['decision', '2026-12-14', 'upcoming'],
    ]);
  });

  it('skips recorded check-ins, keeping a missed week-2 stop overdue', () => {
    const value = experiment({ checkIns: [checkIn(4)] });
    expect(pendingStops(value, '2026-12-01').map((s) => [s.kind, s.state])).toEqual([
      ['checkIn2', 'overdue'],
      ['decision', 'upcoming'],
    ]);
    expect(nextStop(experiment({ checkIns: [checkIn(2)] }), '2026-11-18')?.kind).toBe('checkIn4');
  });

  it('has nothing left once decided', () => {
    const decided = experiment({ decision: { outcome: 'stop', reason: '', date: '2026-12-14' } });
    expect(pendingStops(decided, '2026-12-20')).toEqual([]);
    expect(nextStop(decided, '2026-12-20')).toBeNull();
  });
});

describe('dueStops', () => {
  it('lists due and overdue stops across experiments, oldest first, leaving out later ones', () => {
    const late = experiment({ id: 'late', startDate: '2026-10-26' });
    const now = experiment({ id: 'now', startDate: '2026-11-09' });
    const later = experiment({ id: 'later', startDate: '2026-11-16' });
    const result = dueStops([now, later, late], '2026-11-25');
    expect(result.map((d) => [d.experiment.id, d.stop.kind, d.stop.state])).toEqual([
      ['late', 'checkIn2', 'overdue'],
      ['now', 'checkIn2', 'due'],
      ['late', 'checkIn4', 'due'],
    ]);
  });
});
