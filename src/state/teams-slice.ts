import type { StateCreator } from 'zustand';
import type { Team } from '@/domain/entities/team';
import type { Workspace } from '@/domain/entities/workspace';
import { mergeIncoming } from '@/domain/merge-workspace';
import { removeTeam } from '@/domain/remove-team';
import { nowIso } from '@/lib/clock';
import { createId } from '@/lib/id';

export interface TeamsSlice {
  /** Add a team by name; returns its id. */
  addTeam: (name: string) => string;
  renameTeam: (id: string, name: string) => void;
  /**
   * Delete a team with all its rounds, meetings, proposals and experiments. Returns the undo:
   * calling it puts every removed record back (pass it to `useUndo().offerUndo`).
   */
  deleteTeam: (id: string) => () => void;
}

export const createTeamsSlice: StateCreator<Workspace & TeamsSlice, [], [], TeamsSlice> = (set, get) => ({
  addTeam: (name) => {
    const team: Team = { id: createId(), name: name.trim(), createdAt: nowIso() };
    set((state) => ({ teams: [...state.teams, team] }));
    return team.id;
  },
  renameTeam: (id, name) =>
    set((state) => ({
      teams: state.teams.map((team) => (team.id === id ? { ...team, name: name.trim() } : team)),
    })),
  deleteTeam: (id) => {
    const { kept, removed } = removeTeam(get(), id);
    set(kept);
    return () => set((state) => mergeIncoming(state, removed));
  },
});
