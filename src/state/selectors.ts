import type { AssessmentRound } from '@/domain/entities/assessment';
import type { Experiment } from '@/domain/entities/experiment';
import type { Meeting } from '@/domain/entities/meeting';
import type { Team } from '@/domain/entities/team';
import { useWorkspace } from './workspace-store';

// The screens' lookups by id, in one place: a screen asks for the record it shows, and re-renders only
// when that record changes (each returns the stored object itself, so zustand compares it by identity).

/** The scoring round with this id; undefined while it does not exist. */
export function useRound(id: string | undefined): AssessmentRound | undefined {
  return useWorkspace((s) => s.assessments.find((round) => round.id === id));
}

/** The meeting with this id; undefined while it does not exist. */
export function useMeeting(id: string | undefined): Meeting | undefined {
  return useWorkspace((s) => s.meetings.find((meeting) => meeting.id === id));
}

/** The experiment with this id; undefined while it does not exist. */
export function useExperiment(id: string | undefined): Experiment | undefined {
  return useWorkspace((s) => s.experiments.find((experiment) => experiment.id === id));
}

/** The team with this id; undefined for none or a team since removed. */
export function useTeam(id: string | undefined): Team | undefined {
  return useWorkspace((s) => s.teams.find((team) => team.id === id));
}
