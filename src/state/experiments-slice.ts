import type { StateCreator } from 'zustand';
import type { Experiment } from '@/domain/entities/experiment';
import type { Workspace } from '@/domain/entities/workspace';
import { nowIso } from '@/lib/clock';
import { createId } from '@/lib/id';

export type NewExperiment = Pick<Experiment, 'teamId' | 'hvad' | 'startDate'> &
  Partial<Pick<Experiment, 'meetingId' | 'proposalId' | 'themeIds' | 'hvorfor' | 'hvordan' | 'hvem'>>;

export interface ExperimentsSlice {
  /** Add a row to the team's handleplan; returns its id. */
  addExperiment: (experiment: NewExperiment) => string;
}

export const createExperimentsSlice: StateCreator<Workspace & ExperimentsSlice, [], [], ExperimentsSlice> = (
  set,
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
      ...input,
      id: createId(),
      createdAt: nowIso(),
    };
    set((state) => ({ experiments: [...state.experiments, experiment] }));
    return experiment.id;
  },
});
