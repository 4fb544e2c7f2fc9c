import type { AssessmentRound } from '@/domain/entities/assessment';
import type { CheckIn, Experiment, ExperimentDecision } from '@/domain/entities/experiment';
import type { Meeting } from '@/domain/entities/meeting';
import type { Proposal } from '@/domain/entities/proposal';
import type { Workspace } from '@/domain/entities/workspace';
import { scheduleSixWeeks } from '@/domain/schedule';

// Which records the full report holds: a team's, all of them or those in a period. Pure and
// free of jsPDF and labels, so the export screen can say "nothing in this period" before it loads the
// PDF layer, and the collector and the screen can never disagree about what is in the report.

/** ISO dates, both ends included; null leaves that end open. */
export interface ReportPeriod {
  from: string | null;
  to: string | null;
}

export interface ReportFocus {
  period?: ReportPeriod;
}

/** A six-week period of an experiment as the report shows it, with what was recorded in the period. */
export interface ExperimentPeriodInScope {
  /** 1 for the first period; an experiment extended once has periods 1 and 2. */
  number: number;
  startDate: string;
  checkIns: readonly CheckIn[];
  decision: ExperimentDecision | null;
}

export interface ReportSelection {
  rounds: AssessmentRound[];
  meetings: Meeting[];
  experiments: Experiment[];
  /** Proposals typed outside a meeting (the parking lot). */
  looseProposals: Proposal[];
}

/** Whether a period can be used: "to" before "from" cannot. */
export function periodIsValid({ from, to }: ReportPeriod): boolean {
  return !from || !to || from <= to;
}

/** Whether an ISO date (or the date part of an ISO date-time) lies in the period, both ends included. */
export function inPeriod(isoDate: string, { from, to }: ReportPeriod): boolean {
  const day = isoDate.slice(0, 10);
  return (!from || day >= from) && (!to || day <= to);
}

const byDate = <T extends { date: string; createdAt: string }>(a: T, b: T) =>
  a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

/** Each six-week period of an experiment, oldest first, with its last day (its decision, else its week 6). */
function allPeriods(experiment: Experiment) {
  const earlier = (experiment.earlierPeriods ?? []).map((period) => ({
    startDate: period.startDate,
    checkIns: period.checkIns,
    decision: period.decision as ExperimentDecision | null,
  }));
  return [
    ...earlier,
    { startDate: experiment.startDate, checkIns: experiment.checkIns, decision: experiment.decision },
  ].map((period, index) => ({
    ...period,
    number: index + 1,
    endDate: period.decision?.date ?? scheduleSixWeeks(period.startDate).stops[2].date,
  }));
}

/**
 * The periods of an experiment that overlap the report's period, each with only the check-ins and
 * the decision dated in it; every period, whole, when the report has no period.
 */
export function experimentPeriodsInScope(
  experiment: Experiment,
  period: ReportPeriod = { from: null, to: null },
): ExperimentPeriodInScope[] {
  return allPeriods(experiment)
    .filter(
      (candidate) =>
        (!period.to || candidate.startDate <= period.to) &&
        (!period.from || candidate.endDate >= period.from),
    )
    .map((candidate) => ({
      number: candidate.number,
      startDate: candidate.startDate,
      checkIns: [...candidate.checkIns]
        .filter((checkIn) => inPeriod(checkIn.date, period))
        .sort((a, b) => a.week - b.week),
      decision: candidate.decision && inPeriod(candidate.decision.date, period) ? candidate.decision : null,
    }));
}

const firstStart = (experiment: Experiment) =>
  experiment.earlierPeriods?.[0]?.startDate ?? experiment.startDate;

/** The records of one team the report holds, each kind in date order. */
export function selectReport(workspace: Workspace, teamId: string, focus: ReportFocus = {}): ReportSelection {
  const period = focus.period ?? { from: null, to: null };
  const own = <T extends { teamId: string }>(items: readonly T[]) =>
    items.filter((item) => item.teamId === teamId);
  const rounds = own(workspace.assessments)
    .filter((round) => inPeriod(round.date, period))
    .sort(byDate);
  const meetings = own(workspace.meetings)
    .filter((meeting) => inPeriod(meeting.date, period))
    .sort(byDate);
  const experiments = own(workspace.experiments)
    .filter((experiment) => experimentPeriodsInScope(experiment, period).length > 0)
    // By first start, so an extended experiment keeps its place.
    .sort((a, b) => firstStart(a).localeCompare(firstStart(b)) || a.createdAt.localeCompare(b.createdAt));
  const looseProposals = own(workspace.proposals).filter(
    (proposal) => proposal.meetingId === null && inPeriod(proposal.createdAt, period),
  );
  return { rounds, meetings, experiments, looseProposals };
}

/** Nothing in the selection: the report would say only that there is nothing to report. */
export function selectionIsEmpty(selection: ReportSelection): boolean {
  return (
    selection.rounds.length === 0 &&
    selection.meetings.length === 0 &&
    selection.experiments.length === 0 &&
    selection.looseProposals.length === 0
  );
}
