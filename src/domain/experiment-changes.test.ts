import { describe, expect, it } from 'vitest';
import { scoreLine, withAdjustment, withCheckIn, withDecision } from './experiment-changes';
import { quietMorning } from '../../tests/experiment-fixture';

const base = quietMorning({ adjustments: [{ date: '2026-11-20', text: 'Start kl. 9' }] });

const input = {
  week: 2 as const,
  date: '2026-11-16',
  learned: ' Ro ',
  continueWith: 'Alt',
  adjust: '',
  score: 3 as const,
};

describe('withCheckIn', () => {
  it('records the check-in with trimmed answers and logs no adjustment when none is named', () => {
    const result = withCheckIn(base, input, '2026-11-16T09:00:00.000Z');
    expect(result.checkIns).toEqual([{ ...input, learned: 'Ro', recordedAt: '2026-11-16T09:00:00.000Z' }]);
    expect(result.adjustments).toEqual(base.adjustments);
  });

  it('logs "Hvad skal vi justere?" as a dated adjustment, kept in date order', () => {
    const result = withCheckIn(base, { ...input, adjust: 'Kortere møder' }, 'now');
    expect(result.adjustments).toEqual([
      { date: '2026-11-16', text: 'Kortere møder' },
      { date: '2026-11-20', text: 'Start kl. 9' },
    ]);
  });

  it('does not log the same adjustment twice when a check-in is recorded again', () => {
    const once = withCheckIn(base, { ...input, adjust: 'Kortere møder' }, 'a');
    const twice = withCheckIn(once, { ...input, learned: 'Mere', adjust: 'Kortere møder' }, 'b');
    expect(twice.adjustments).toHaveLength(2);
    expect(twice.checkIns[0]?.learned).toBe('Mere');
  });

  it('replaces an earlier entry for the same week and keeps weeks in order', () => {
    const four = withCheckIn(base, { ...input, week: 4, date: '2026-11-30' }, 'a');
    const again = withCheckIn(withCheckIn(four, input, 'b'), { ...input, learned: 'Mere ro' }, 'c');
    expect(again.checkIns.map((c) => [c.week, c.learned])).toEqual([
      [2, 'Mere ro'],
      [4, 'Ro'],
    ]);
  });
});

describe('withAdjustment and withDecision', () => {
  it('ignores a blank adjustment', () => {
    expect(withAdjustment(base, { date: '2026-11-21', text: '   ' })).toBe(base);
  });

  it('records and takes back a decision', () => {
    const decided = withDecision(base, { outcome: 'permanent', reason: ' Det virker ', date: '2026-12-14' });
    expect(decided.decision).toEqual({ outcome: 'permanent', reason: 'Det virker', date: '2026-12-14' });
    expect(withDecision(decided, null).decision).toBeNull();
  });
});

describe('scoreLine', () => {
  it.each([
    ['baseline and both re-scores', base.baselineScore, [3, 4], ['before', 2, 4]],
    ['only the scores given', null, [null, 4], [4]],
  ] as const)('draws %s', (_name, baselineScore, scores, at) => {
    const checkIns = scores.map((score, i) => ({
      ...input,
      week: (i === 0 ? 2 : 4) as 2 | 4,
      score,
      recordedAt: 'x',
    }));
    expect(scoreLine({ ...base, baselineScore, checkIns }).map((p) => p.at)).toEqual(at);
  });
});
