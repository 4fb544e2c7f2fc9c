import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import { stampChanges } from '@/domain/merge-workspace';
import { nowIso } from '@/lib/clock';
import type { Workspace } from '@/domain/entities/workspace';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { createAssessmentsSlice, type AssessmentsSlice } from './assessments-slice';
import { createExperimentsSlice, type ExperimentsSlice } from './experiments-slice';
import { createLiveMeetingSlice, type LiveMeetingSlice } from './live-meeting-slice';
import { createMeetingsSlice, type MeetingsSlice } from './meetings-slice';
import { createMeetingRunSlice, type MeetingRunSlice } from './meeting-run-slice';
import { createProposalsSlice, type ProposalsSlice } from './proposals-slice';
import { createTeamsSlice, type TeamsSlice } from './teams-slice';
import { WORKSPACE_KEY, WORKSPACE_VERSION } from './workspace-version';
import { createWorkspaceSync } from './workspace-sync';

export type WorkspaceState = Workspace &
  TeamsSlice &
  AssessmentsSlice &
  MeetingsSlice &
  MeetingRunSlice &
  ProposalsSlice &
  ExperimentsSlice &
  LiveMeetingSlice;

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

const sync = createWorkspaceSync(WORKSPACE_KEY);

/**
 * Every change made through an action stamps the records it touched with the time, so merging a
 * backup or another tab's edits can keep the newer version. Data set from outside (another tab, an
 * import, an undo) keeps its own times.
 */
const stamped =
  (config: StateCreator<WorkspaceState, [], []>): StateCreator<WorkspaceState, [], []> =>
  (set, get, api) =>
    config(
      (partial) => {
        const previous = get();
        const next = typeof partial === 'function' ? partial(previous) : partial;
        set(stampChanges(previous, next, nowIso()) as Partial<WorkspaceState>);
      },
      get,
      api,
    );

export const useWorkspace = create<WorkspaceState>()(
  persist(
    stamped((...args) => ({
      ...emptyWorkspace(),
      ...createTeamsSlice(...args),
      ...createAssessmentsSlice(...args),
      ...createProposalsSlice(...args),
      ...createExperimentsSlice(...args),
      ...createMeetingsSlice(...args),
      ...createMeetingRunSlice(...args),
      ...createLiveMeetingSlice(...args),
    })),
    {
      name: WORKSPACE_KEY,
      version: WORKSPACE_VERSION,
      storage: sync.storage,
      partialize: selectWorkspace,
      // Read only when asked (workspace-ready.ts): not before the first screen is drawn.
      skipHydration: true,
    },
  ),
);

/** The stored data as it is now: for what reads it once, at a click (an export, a merge preview). */
export function currentWorkspace(): Workspace {
  return selectWorkspace(useWorkspace.getState());
}

sync.connect({
  getState: currentWorkspace,
  setState: (workspace) => useWorkspace.setState(workspace),
});

// Another tab saved: show its edits here. The event fires only in the other tabs, never the writer.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === WORKSPACE_KEY) sync.receive(event.newValue);
  });
}
