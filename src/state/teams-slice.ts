import type { StateCreator } from 'zustand';
import type { Team } from '@/domain/entities/team';
import type { Workspace } from '@/domain/entities/workspace';
import { nowIso } from '@/lib/clock';
import { createId } from '@/lib/id';

export interface TeamsSlice {
  /** Add a team by name; returns its id. */
  addTeam: (name: string) => string;
  renameTeam: (id: string, name: string) => void;
}

export const createTeamsSlice: StateCreator<Workspace & TeamsSlice, [], [], TeamsSlice> = (set) => ({
  addTeam: (name) => {
    const team: Team = { id: createId(), name: name.trim(), createdAt: nowIso() };
    set((state) => ({ teams: [...state.teams, team] }));
    return team.id;
  },
  renameTeam: (id, name) =>
    set((state) => ({
      teams: state.teams.map((team) => (team.id === id ? { ...team, name: name.trim() } : team)),
    })),
});
