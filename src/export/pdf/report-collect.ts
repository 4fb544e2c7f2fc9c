import type { ThemeId } from '@/content/ids';
import { THEME_IDS } from '@/content/ids';
import { buildAgenda } from '@/domain/agenda';
import { orderByVotes } from '@/domain/dot-vote';
import type { AssessmentRound } from '@/domain/entities/assessment';
import type { CheckIn, Experiment } from '@/domain/entities/experiment';
import type { Meeting } from '@/domain/entities/meeting';
import type { Workspace } from '@/domain/entities/workspace';
import { phoneAnswerLists, phoneScore } from '@/domain/live-check-in';
import { recommend } from '@/domain/recommendation';
import { meanChange, summarizeRound } from '@/domain/scores';
import {
  DECISION_STATUS,
  decision,
  formatters,
  handleplanRow,
  meetingRun,
  proposalGroups,
  scores,
  teamName,
  type CollectResources,
} from './collect';
import type {
  CheckInData,
  DotVoteData,
  FollowUpData,
  ReportData,
  ReportMeetingData,
  RoundComparisonData,
  ScoresData,
} from './document-data';
import { fill, formatDate } from './labels';
import {
  experimentPeriodsInScope,
  selectReport,
  selectionIsEmpty,
  type ReportFocus,
  type ReportPeriod,
} from './report-scope';

// The full report's data: every round, meeting, experiment and check-in of a team, or of a period,
// from the same collectors as the single documents (collect.ts), plus what only the report shows.

export interface ReportScope extends ReportFocus {
  /** ISO date the report is printed. */
  today: string;
  /** Epoch ms, for a meeting still running. */
  nowMs: number;
}

const themeList = (ids: readonly ThemeId[], resources: CollectResources) =>
  formatters(resources).list(ids.map((id) => resources.toolkit.themes[id].name));

/** "Møde om fordybelse, 10. november 2026" / "Dialogmøde om tillid og fordybelse, …". */
export function meetingHeading(meeting: Meeting, resources: CollectResources): string {
  const { labels, language } = resources;
  const l = labels.report;
  const date = formatDate(meeting.date, language);
  if (meeting.runbookId === 'dialogmoede') {
    const themes = themeList(meeting.themeIds, resources);
    return fill(l.meetingHeadingDialog, { themes, themesLower: themes.toLocaleLowerCase(language), date });
  }
  const theme = resources.toolkit.themes[meeting.runbookId].name;
  return fill(l.meetingHeadingTheme, { theme, themeLower: theme.toLocaleLowerCase(language), date });
}

/** Whether a meeting takes up what the round recommended: the same theme's drejebog, or a dialogmøde on the same themes. */
function followsRecommendation(round: AssessmentRound, meeting: Meeting): boolean {
  const recommendation = recommend(summarizeRound(round.responses, round.tally));
  if (recommendation.kind === 'theme') return meeting.runbookId === recommendation.themeIds[0];
  if (recommendation.kind === 'dialogmoede') {
    const planned = new Set(meeting.themeIds);
    return (
      meeting.runbookId === 'dialogmoede' &&
      planned.size === recommendation.themeIds.length &&
      recommendation.themeIds.every((id) => planned.has(id))
    );
  }
  return false;
}

/**
 * "Jeres valg": the meeting(s) actually planned from the round, and whether that follows the
 * recommendation; the round's own choice, marked as not yet planned, when no meeting came of it.
 */
export function choiceFromMeetings(
  round: AssessmentRound,
  planned: readonly Meeting[],
  fallback: string,
  resources: CollectResources,
): string {
  const l = resources.labels.report;
  if (planned.length === 0) {
    return round.choice ? `${fallback} ${l.choiceNotPlanned}` : l.choiceNoMeeting;
  }
  const meetings = formatters(resources).list(planned.map((meeting) => meetingHeading(meeting, resources)));
  const follows = planned.every((meeting) => followsRecommendation(round, meeting));
  return `${fill(l.choiceMeeting, { meetings })} ${follows ? resources.result.followsRecommendation : resources.result.overridden}`;
}

/** Theme means of each round side by side, and the change from the first to the last as shown. */
export function roundComparison(
  rounds: readonly AssessmentRound[],
  resources: CollectResources,
): RoundComparisonData | null {
  const first = rounds[0];
  const last = rounds.at(-1);
  if (!first || !last || rounds.length < 2) return null;
  const { labels, language, toolkit } = resources;
  const l = labels.report;
  const format = formatters(resources);
  const summaries = rounds.map((round) => summarizeRound(round.responses, round.tally));
  const meanOf = (index: number, id: ThemeId) =>
    summaries[index]?.find((summary) => summary.themeId === id) ?? null;
  return {
    rounds: rounds.map((round) =>
      fill(l.roundHeading, {
        round: round.label || l.round,
        date: formatDate(round.date, language, 'short'),
      }),
    ),
    themes: THEME_IDS.map((id) => {
      const change = meanChange(meanOf(0, id)?.mean ?? null, meanOf(rounds.length - 1, id)?.mean ?? null);
      return {
        name: toolkit.themes[id].name,
        means: rounds.map((_, index) => {
          const summary = meanOf(index, id);
          return summary?.mean == null
            ? labels.none
            : fill(l.compareMean, { mean: format.decimal(summary.mean), n: summary.n });
        }),
        change:
          change === null
            ? labels.none
            : change === 0
              ? l.compareSame
              : fill(change > 0 ? l.compareUp : l.compareDown, { value: format.decimal(Math.abs(change)) }),
      };
    }),
  };
}

/** A closed dot vote in vote order (ties keep the board's order); null for no vote or one still open. */
export function dotVote(workspace: Workspace, meeting: Meeting): DotVoteData | null {
  const vote = meeting.dotVote;
  if (!vote || vote.phase !== 'closed' || !vote.counts) return null;
  const counts = vote.counts;
  const textOf = (id: string) =>
    vote.on === 'proposals'
      ? workspace.proposals.find((proposal) => proposal.id === id)?.text
      : workspace.proposalGroups.find((group) => group.id === id)?.name;
  return {
    on: vote.on,
    dotsPerPhone: vote.dots,
    maxPerItem: vote.maxPerItem,
    voters: vote.voters ?? 0,
    // An item deleted since the vote has no words left to print.
    items: orderByVotes(vote.items, counts).flatMap((id) => {
      const text = textOf(id);
      return text === undefined ? [] : [{ text, dots: counts[id] ?? 0 }];
    }),
  };
}

/** The plan of a meeting in words: when, where, who, how many, how it decides, which round it came from. */
function meetingPlan(meeting: Meeting, rounds: readonly AssessmentRound[], resources: CollectResources) {
  const { labels, language } = resources;
  const l = labels.report;
  const agenda = buildAgenda(meeting);
  const round = rounds.find((candidate) => candidate.id === meeting.assessmentRoundId);
  const facts = [
    {
      label: labels.invitation.when,
      value: fill(labels.invitation.whenValue, {
        date: formatDate(meeting.date, language),
        start: agenda.startTime,
        end: agenda.endTime,
      }),
    },
    { label: labels.invitation.place, value: meeting.place },
    { label: l.participants, value: String(meeting.participants) },
    { label: l.tables, value: meeting.runbookId === 'dialogmoede' ? String(meeting.groups) : '' },
    { label: labels.invitation.tovholdere, value: meeting.tovholdere },
    { label: l.decisionModeLabel, value: l.decisionMode[meeting.decisionMode] },
    {
      label: l.fromRound,
      value: round
        ? fill(l.roundHeading, { round: round.label || l.round, date: formatDate(round.date, language) })
        : '',
    },
  ];
  return facts.filter((fact) => fact.value.trim() !== '');
}

function checkInData(checkIn: CheckIn): CheckInData {
  const phones = phoneScore(checkIn);
  return {
    week: checkIn.week,
    isoDate: checkIn.date,
    learned: checkIn.learned,
    continueWith: checkIn.continueWith,
    adjust: checkIn.adjust,
    score: checkIn.score,
    phoneAnswers: phoneAnswerLists(checkIn),
    phoneScore: phones && { score: phones.score, n: phones.n },
  };
}

/** Every period of an experiment in the scope, with its check-ins and decision. */
function followUp(experiment: Experiment, period: ReportPeriod, { labels }: CollectResources): FollowUpData {
  return {
    hvad: experiment.hvad,
    baselineScore: experiment.baselineScore,
    periods: experimentPeriodsInScope(experiment, period).map((item) => ({
      number: item.number,
      startIsoDate: item.startDate,
      checkIns: item.checkIns.map(checkInData),
      decision: item.decision && {
        outcomeLabel: labels.status[DECISION_STATUS[item.decision.outcome]],
        reason: item.decision.reason,
        isoDate: item.decision.date,
      },
    })),
  };
}

/** The chosen period in words; empty for the whole history. */
function periodLabel({ from, to }: ReportPeriod, { labels, language }: CollectResources): string {
  const date = (iso: string) => formatDate(iso, language);
  if (from && to) return fill(labels.periodRange, { from: date(from), to: date(to) });
  if (from) return fill(labels.report.periodFrom, { from: date(from) });
  if (to) return fill(labels.report.periodTo, { to: date(to) });
  return '';
}

function roundScores(
  round: AssessmentRound,
  meetings: readonly Meeting[],
  resources: CollectResources,
): ScoresData {
  const base = scores(round, resources);
  const planned = meetings.filter((meeting) => meeting.assessmentRoundId === round.id);
  return { ...base, choice: choiceFromMeetings(round, planned, base.choice, resources) };
}

/**
 * The full servicetjek report of a team: every round (before/after from two), every meeting with its
 * plan, run, proposals, vote and decision, the handleplan and every check-in, all in the period when
 * one is chosen; null when the team has nothing in the scope.
 */
export function collectReport(
  workspace: Workspace,
  teamId: string,
  scope: ReportScope,
  resources: CollectResources,
): ReportData | null {
  const selection = selectReport(workspace, teamId, scope);
  if (selectionIsEmpty(selection)) return null;
  const period = scope.period ?? { from: null, to: null };
  // A meeting planned from a round names it, even when the round lies before the period.
  const teamRounds = workspace.assessments.filter((round) => round.teamId === teamId);
  return {
    teamName: teamName(workspace, teamId),
    isoDate: scope.today,
    periodLabel: periodLabel(period, resources),
    rounds: selection.rounds.map((round) =>
      roundScores(
        round,
        workspace.meetings.filter((meeting) => meeting.teamId === teamId),
        resources,
      ),
    ),
    comparison: roundComparison(selection.rounds, resources),
    meetings: selection.meetings.map((meeting): ReportMeetingData => ({
      heading: meetingHeading(meeting, resources),
      plan: meetingPlan(meeting, teamRounds, resources),
      run: meetingRun(meeting, scope.nowMs, resources),
      proposals: proposalGroups(workspace, teamId, meeting.id, resources),
      vote: dotVote(workspace, meeting),
      decision: decision(workspace, meeting, resources),
    })),
    // Only the parking lot's proposals in the period, in the board's order.
    looseProposals: proposalGroups(
      { ...workspace, proposals: selection.looseProposals },
      teamId,
      null,
      resources,
    ),
    handleplan: selection.experiments.map((experiment) => handleplanRow(experiment, scope.today, resources)),
    followUps: selection.experiments.map((experiment) => followUp(experiment, period, resources)),
  };
}
