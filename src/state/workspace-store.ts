import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import type { Workspace } from '@/domain/entities/workspace';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { createAssessmentsSlice, type AssessmentsSlice } from './assessments-slice';
import { createExperimentsSlice, type ExperimentsSlice } from './experiments-slice';
import { createMeetingsSlice, type MeetingsSlice } from './meetings-slice';
import { createMeetingRunSlice, type MeetingRunSlice } from './meeting-run-slice';
import { createProposalsSlice, type ProposalsSlice } from './proposals-slice';
import { safeStorage } from './storage';
import { createTeamsSlice, type TeamsSlice } from './teams-slice';
import { WORKSPACE_KEY, WORKSPACE_VERSION } from './workspace-version';

export type WorkspaceState = Workspace &
  TeamsSlice &
  AssessmentsSlice &
  MeetingsSlice &
  MeetingRunSlice &
  ProposalsSlice &
  ExperimentsSlice;

/** The persisted part of the state: data only, never actions. */
export function selectWorkspace(state: WorkspaceState): Workspace {
  return {
    teams: state.teams,
    assessments: state.assessments,
    meetings: state.meetings,
    proposals: state.proposals,
    proposalGroups: state.proposalGroups,
    handovers: state.handovers,
    experiments: state.experiments,
  };
}

// Hydration loads the validating restore step (and its schema library) on demand,
// so the first screen does not carry it.
const workspaceStorage: PersistStorage<Workspace> = {
  getItem: async (name) => {
    const { restoreWorkspace } = await import('./workspace-restore');
    const { workspace } = restoreWorkspace(safeStorage.getItem(name), name);
    return { state: workspace, version: WORKSPACE_VERSION };
  },
  setItem: (name, value) => {
    safeStorage.setItem(name, JSON.stringify(value));
  },
  removeItem: (name) => safeStorage.removeItem(name),
};

export const useWorkspace = create<WorkspaceState>()(
  persist(
    (...args) => ({
      ...emptyWorkspace(),
      ...createTeamsSlice(...args),
      ...createAssessmentsSlice(...args),
      ...createProposalsSlice(...args),
      ...createExperimentsSlice(...args),
      ...createMeetingsSlice(...args),
      ...createMeetingRunSlice(...args),
    }),
    {
      name: WORKSPACE_KEY,
      version: WORKSPACE_VERSION,
      storage: workspaceStorage,
      partialize: selectWorkspace,
    },
  ),
);
