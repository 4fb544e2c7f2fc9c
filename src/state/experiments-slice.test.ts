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
    decideExperiment(id, { outcome: 'permanent', reason: 'Godt', date: '2026-12-21' });
    expect(useWorkspace.getState().experiments[0]).toMatchObject({
      startDate: '2026-11-09',
      hvem: 'Alle',
      baselineScore: 2,
      checkIns: [{ week: 2, score: 3 }],
      adjustments: [{ date: '2026-11-23', text: 'Kortere' }],
      decision: { outcome: 'permanent' },
      earlierPeriods: [],
    });
  });

  it('"justeres og forlænges" starts a new six-week period and keeps the first as history', () => {
    const id = add('A');
    const { recordCheckIn, decideExperiment, addAdjustment } = useWorkspace.getState();
    const checkIn = { learned: 'x', continueWith: 'y', adjust: '', score: null };
    recordCheckIn(id, { ...checkIn, week: 2, date: '2026-11-16' });
    recordCheckIn(id, { ...checkIn, week: 4, date: '2026-11-30' });
    addAdjustment(id, { date: '2026-11-30', text: 'Kortere' });
    decideExperiment(id, { outcome: 'extend', reason: ' Mere tid ', date: '2026-12-14' });
    const extended = useWorkspace.getState().experiments[0];
    expect(extended).toMatchObject({
      startDate: '2026-12-14',
      checkIns: [],
      decision: null,
      adjustments: [{ date: '2026-11-30', text: 'Kortere' }],
      earlierPeriods: [
        {
          startDate: '2026-11-02',
          checkIns: [
            { week: 2, date: '2026-11-16' },
            { week: 4, date: '2026-11-30' },
          ],
          decision: { outcome: 'extend', reason: 'Mere tid', date: '2026-12-14' },
        },
      ],
    });

    // The new period's check-ins are its own; undo is refused once one is recorded.
    recordCheckIn(id, { ...checkIn, week: 2, date: '2026-12-28' });
    useWorkspace.getState().undoExtension(id);
    expect(useWorkspace.getState().experiments[0]?.earlierPeriods).toHaveLength(1);
    expect(useWorkspace.getState().experiments[0]?.checkIns.map((c) => c.date)).toEqual(['2026-12-28']);
  });

  it('undoes an extension while the new period has nothing recorded', () => {
    const id = add('A');
    const { recordCheckIn, decideExperiment, undoExtension } = useWorkspace.getState();
    recordCheckIn(id, { learned: 'x', continueWith: '', adjust: '', score: 4, week: 2, date: '2026-11-16' });
    decideExperiment(id, { outcome: 'extend', reason: '', date: '2026-12-14' });
    undoExtension(id);
    expect(useWorkspace.getState().experiments[0]).toMatchObject({
      startDate: '2026-11-02',
      checkIns: [{ week: 2, score: 4 }],
      decision: null,
      earlierPeriods: [],
    });
  });
});
