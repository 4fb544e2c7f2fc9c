import type { StateCreator } from 'zustand';
import type { Adjustment, Experiment, ExperimentDecision } from '@/domain/entities/experiment';
import type { Workspace } from '@/domain/entities/workspace';
import {
  withAdjustment,
  withCheckIn,
  withDecision,
  withExtension,
  withoutLastExtension,
  type CheckInInput,
} from '@/domain/experiment-changes';
import { nowIso } from '@/lib/clock';
import { createId } from '@/lib/id';

export type NewExperiment = Pick<Experiment, 'teamId' | 'hvad' | 'startDate'> &
  Partial<Pick<Experiment, 'meetingId' | 'proposalId' | 'themeIds' | 'hvorfor' | 'hvordan' | 'hvem'>>;

export type ExperimentChanges = Partial<
  Pick<Experiment, 'hvad' | 'hvorfor' | 'hvordan' | 'hvem' | 'themeIds' | 'baselineScore' | 'startDate'>
>;

export interface ExperimentsSlice {
  /** Add a row to the team's handleplan; returns its id. */
  addExperiment: (experiment: NewExperiment) => string;
  /** Edit the plan's fields in place. */
  updateExperiment: (id: string, changes: ExperimentChanges) => void;
  /** Move the six weeks to start on another ISO date. */
  moveExperimentStart: (id: string, startDate: string) => void;
  /** Remove the experiment; returns a function that puts it back where it was (for the undo offer). */
  deleteExperiment: (id: string) => () => void;
  /** Record (or re-record) the week 2 or week 4 check-in. */
  recordCheckIn: (id: string, checkIn: CheckInInput) => void;
  addAdjustment: (id: string, adjustment: Adjustment) => void;
  /**
   * Record the decision after six weeks; null takes it back. "Justeres og forlænges" (`extend`)
   * keeps this period as history and starts a new six-week period on the decision's date.
   */
  decideExperiment: (id: string, decision: ExperimentDecision | null) => void;
  /** Take the last extension back while its new period has nothing recorded. */
  undoExtension: (id: string) => void;
}

type Set = Parameters<StateCreator<Workspace & ExperimentsSlice, [], [], ExperimentsSlice>>[0];

function change(set: Set, id: string, update: (experiment: Experiment) => Experiment) {
  set((state) => ({ experiments: state.experiments.map((e) => (e.id === id ? update(e) : e)) }));
}

export const createExperimentsSlice: StateCreator<Workspace & ExperimentsSlice, [], [], ExperimentsSlice> = (
  set,
  get,
) => ({
  addExperiment: (input) => {
    const experiment: Experiment = {
      meetingId: null,
      proposalId: null,
      themeIds: [],
      hvorfor: '',
      hvordan: '',
      hvem: '',
      baselineScore: null,
      checkIns: [],
      adjustments: [],
      decision: null,
      earlierPeriods: [],
      ...input,
      id: createId(),
      createdAt: nowIso(),
    };
    set((state) => ({ experiments: [...state.experiments, experiment] }));
    return experiment.id;
  },
  updateExperiment: (id, changes) => change(set, id, (e) => ({ ...e, ...changes })),
  moveExperimentStart: (id, startDate) => change(set, id, (e) => ({ ...e, startDate })),
  deleteExperiment: (id) => {
    const index = get().experiments.findIndex((e) => e.id === id);
    const removed = get().experiments[index];
    if (!removed) return () => undefined;
    set((state) => ({ experiments: state.experiments.filter((e) => e.id !== id) }));
    return () =>
      set((state) => {
        if (state.experiments.some((e) => e.id === id)) return state;
        const experiments = [...state.experiments];
        experiments.splice(Math.min(index, experiments.length), 0, removed);
        return { experiments };
      });
  },
  recordCheckIn: (id, checkIn) => change(set, id, (e) => withCheckIn(e, checkIn, nowIso())),
  addAdjustment: (id, adjustment) => change(set, id, (e) => withAdjustment(e, adjustment)),
  decideExperiment: (id, decision) =>
    change(set, id, (e) =>
      decision?.outcome === 'extend'
        ? withExtension(e, decision.reason, decision.date)
        : withDecision(e, decision),
    ),
  undoExtension: (id) => change(set, id, withoutLastExtension),
});
