import { beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { useWorkspace } from './workspace-store';

const add = (hvad: string) =>
  useWorkspace.getState().addExperiment({ teamId: 't1', hvad, startDate: '2026-11-02' });

beforeEach(() => useWorkspace.setState(emptyWorkspace()));

describe('experiments slice', () => {
  it('deletes an experiment and puts it back in its place when undone', () => {
    const [a, b, c] = [add('A'), add('B'), add('C')];
    const restore = useWorkspace.getState().deleteExperiment(b);
    expect(useWorkspace.getState().experiments.map((e) => e.id)).toEqual([a, c]);
    restore();
    expect(useWorkspace.getState().experiments.map((e) => e.id)).toEqual([a, b, c]);
    restore();
    expect(useWorkspace.getState().experiments).toHaveLength(3);
  });

  it('moves the start, records check-ins and decides through the domain rules', () => {
    const id = add('A');
    const { moveExperimentStart, recordCheckIn, decideExperiment, updateExperiment } =
      useWorkspace.getState();
    moveExperimentStart(id, '2026-11-09');
    updateExperiment(id, { hvem: 'Alle', baselineScore: 2 });
    recordCheckIn(id, {
      week: 2,
      date: '2026-11-23',
      learned: 'x',
      continueWith: '',
      adjust: 'Kortere',
      score: 3,
    });
    decideExperiment(id, { outcome: 'extend', reason: 'Mere tid', date: '2026-12-21' });
    expect(useWorkspace.getState().experiments[0]).toMatchObject({
      startDate: '2026-11-09',
      hvem: 'Alle',
      baselineScore: 2,
      checkIns: [{ week: 2, score: 3 }],
      adjustments: [{ date: '2026-11-23', text: 'Kortere' }],
      decision: { outcome: 'extend' },
    });
  });
});
