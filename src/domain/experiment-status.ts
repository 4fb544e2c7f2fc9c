import type { Experiment } from './entities/experiment';
import { startOfIsoWeek, addDays } from './iso-week';
import { scheduleSixWeeks, type ScheduledStop } from './schedule';

export const EXPERIMENT_STATUSES = [
  'planned',
  'running',
  'adjusted',
  'awaitingDecision',
  'permanent',
  'extended',
  'stopped',
] as const;
/** planlagt, i gang, justeret, afventer beslutning, gjort permanent, justeret og forlænget, stoppet. */
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

const DECIDED: Record<NonNullable<Experiment['decision']>['outcome'], ExperimentStatus> = {
  permanent: 'permanent',
  extend: 'extended',
  stop: 'stopped',
};

/**
 * The status of an experiment on ISO date `today`, derived from its dates, check-ins, adjustments
 * and decision: a decision wins; before the start it is planned; from the decision date it awaits
 * the decision; otherwise adjusted once anything was adjusted, else running.
 */
export function experimentStatus(experiment: Experiment, today: string): ExperimentStatus {
  if (experiment.decision) return DECIDED[experiment.decision.outcome];
  if (today < experiment.startDate) return 'planned';
  if (today >= scheduleSixWeeks(experiment.startDate).stops[2].date) return 'awaitingDecision';
  return experiment.adjustments.length > 0 ? 'adjusted' : 'running';
}

/** True when the experiment has a decision. */
export function isDecided(experiment: Experiment): boolean {
  return experiment.decision !== null;
}

/** upcoming: later than this ISO week; due: in this ISO week; overdue: before this week's Monday. */
export type StopState = 'upcoming' | 'due' | 'overdue';

export interface PendingStop extends ScheduledStop {
  state: StopState;
}

/** The state of a stop dated `date` seen from ISO date `today`, by ISO week (Monday–Sunday). */
export function stopState(date: string, today: string): StopState {
  const monday = startOfIsoWeek(today);
  if (date < monday) return 'overdue';
  return date <= addDays(monday, 6) ? 'due' : 'upcoming';
}

/**
 * The stops not yet recorded (check-ins without an entry, the decision while undecided), in date
 * order, each with its state on ISO date `today`. Empty once the experiment is decided.
 */
export function pendingStops(experiment: Experiment, today: string): PendingStop[] {
  if (experiment.decision) return [];
  const recorded = new Set(experiment.checkIns.map((c) => `checkIn${c.week}`));
  return scheduleSixWeeks(experiment.startDate)
    .stops.filter((s) => !recorded.has(s.kind))
    .map((s) => ({ ...s, state: stopState(s.date, today) }));
}

/** The first stop still to be held, or null when the experiment is decided. */
export function nextStop(experiment: Experiment, today: string): PendingStop | null {
  return pendingStops(experiment, today)[0] ?? null;
}

export interface DueStop {
  experiment: Experiment;
  stop: PendingStop;
}

/**
 * Every stop across experiments that is due this ISO week or overdue on ISO date `today`, overdue
 * first, then by date. What the home screen's "Denne uge" lists.
 */
export function dueStops(experiments: readonly Experiment[], today: string): DueStop[] {
  return experiments
    .flatMap((experiment) =>
      pendingStops(experiment, today)
        .filter((stop) => stop.state !== 'upcoming')
        .map((stop) => ({ experiment, stop })),
    )
    .sort((a, b) => a.stop.date.localeCompare(b.stop.date));
}
