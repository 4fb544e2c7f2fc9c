import { THEME_IDS, type ThemeId } from '@/content/ids';
import { RUNBOOKS } from '@/content/structure';
import { buildAgenda, formatClock } from '@/domain/agenda';
import type { AssessmentRound } from '@/domain/entities/assessment';
import type { Experiment } from '@/domain/entities/experiment';
import type { Meeting } from '@/domain/entities/meeting';
import type { Workspace } from '@/domain/entities/workspace';
import type {
  CheckInSheetData,
  FollowUpData,
  HandleplanPosterData,
  HandleplanRowData,
  InvitationData,
  MeetingRunData,
  ProposalGroupData,
  ReportData,
  ScoresData,
} from '@/export/pdf/document-data';
import type { PdfResources } from '@/export/pdf/exports';
import { fill } from '@/export/pdf/labels';
import { sixWeekDates } from '@/export/pdf/six-weeks';

// Turns the workspace into the PDF layer's document data. Interim: when the scores, meeting-run,
// proposals and handleplan features merge, their domain helpers (summarizeScores, schedule, status)
// replace the small calculations here.

type Resources = Pick<PdfResources, 'labels' | 'toolkit'>;

const byDate = <T extends { date: string; createdAt: string }>(a: T, b: T) =>
  a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

function themeNames(ids: readonly ThemeId[], { toolkit }: Resources) {
  return ids.map((id) => toolkit.themes[id].name);
}

/** Status of an experiment on `today`: the decision if taken, else where it stands in its six weeks. */
function statusLabel(experiment: Experiment, today: string, { labels }: Resources): string {
  if (experiment.decision) return labels.status[experiment.decision.outcome];
  const dates = sixWeekDates(experiment.startDate);
  if (today < experiment.startDate) return labels.status.planned;
  if (today >= dates.decision.isoDate) return labels.status.decisionDue;
  const due = dates.checkIns.some(
    (checkIn) =>
      today >= checkIn.isoDate && !experiment.checkIns.some((done) => done.week === checkIn.afterWeeks),
  );
  return due ? labels.status.checkInDue : labels.status.running;
}

function handleplanRow(experiment: Experiment, today: string, resources: Resources): HandleplanRowData {
  const { labels } = resources;
  const dates = sixWeekDates(experiment.startDate);
  return {
    hvad: experiment.hvad,
    hvorfor: experiment.hvorfor,
    hvordan: experiment.hvordan,
    hvem: experiment.hvem,
    adjustments: experiment.adjustments.map((adjustment) => ({
      isoDate: adjustment.date,
      text: adjustment.text,
    })),
    statusLabel: statusLabel(experiment, today, resources),
    themes: themeNames(experiment.themeIds, resources),
    schedule: [
      { label: labels.schedule.start, ...dates.start },
      ...dates.checkIns.map((checkIn) => ({
        label: fill(labels.schedule.checkIn, { week: checkIn.afterWeeks }),
        isoDate: checkIn.isoDate,
        week: checkIn.week,
      })),
      { label: labels.schedule.decision, ...dates.decision },
    ],
  };
}

function teamExperiments(workspace: Workspace, teamId: string) {
  return workspace.experiments
    .filter((experiment) => experiment.teamId === teamId)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.createdAt.localeCompare(b.createdAt));
}

function teamName(workspace: Workspace, teamId: string) {
  return workspace.teams.find((team) => team.id === teamId)?.name ?? '';
}

/** The handleplan poster of a team; null when the team has no experiments yet. */
export function collectHandleplan(
  workspace: Workspace,
  teamId: string,
  today: string,
  resources: Resources,
): HandleplanPosterData | null {
  const experiments = teamExperiments(workspace, teamId);
  const first = experiments[0];
  if (!first) return null;
  const ends = experiments.map((experiment) => sixWeekDates(experiment.startDate).decision.isoDate).sort();
  return {
    teamName: teamName(workspace, teamId),
    isoDate: today,
    period: { from: first.startDate, to: ends[ends.length - 1] ?? first.startDate },
    rows: experiments.map((experiment) => handleplanRow(experiment, today, resources)),
  };
}

/** The dagsorden of a meeting, its programme timed by the agenda maths; null for an unknown meeting. */
export function collectInvitation(
  workspace: Workspace,
  meetingId: string,
  { toolkit }: Resources,
): InvitationData | null {
  const meeting = workspace.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) return null;
  const runbook = toolkit.runbooks[meeting.runbookId];
  const agenda = buildAgenda({ ...meeting, stepMinutes: meeting.stepMinutes });
  const single = meeting.runbookId === 'dialogmoede' ? null : toolkit.themes[meeting.runbookId];
  return {
    teamName: teamName(workspace, meeting.teamId),
    title: runbook.title,
    purpose: single ? single.keyQuestion : toolkit.dialogmoede.summary,
    themes: meeting.themeIds.map((id) => toolkit.themes[id].name),
    isoDate: meeting.date,
    startTime: agenda.startTime,
    endTime: agenda.endTime,
    place: meeting.place,
    tovholdere: meeting.tovholdere,
    programme: agenda.items.map((item) => ({
      number: item.step.number,
      title: runbook.steps[item.step.id]?.title ?? '',
      start: item.start,
      end: item.end,
      minutes: item.minutes,
    })),
    questions: RUNBOOKS[meeting.runbookId].steps.flatMap((step) => runbook.steps[step.id]?.questions ?? []),
    before: runbook.before,
  };
}

function scores(round: AssessmentRound, resources: Resources): ScoresData {
  const { labels, toolkit } = resources;
  const themes = THEME_IDS.map((id) => {
    const counts = [...(round.tally[id] ?? [0, 0, 0, 0, 0])] as [number, number, number, number, number];
    for (const response of round.responses) {
      const score = response.scores[id];
      if (score) counts[score - 1] = (counts[score - 1] ?? 0) + 1;
    }
    const answered = counts.reduce((sum, count) => sum + count, 0);
    const total = counts.reduce((sum, count, index) => sum + count * (index + 1), 0);
    return { id, name: toolkit.themes[id].name, counts, average: answered > 0 ? total / answered : null };
  });
  const ranked = themes.filter((theme) => theme.average !== null).sort((a, b) => b.average! - a.average!);
  const choice = round.choice;
  const recommendation = choice
    ? choice.kind === 'theme'
      ? fill(labels.report.recommendTheme, { theme: toolkit.themes[choice.themeId].name })
      : fill(labels.report.recommendDialog, { themes: themeNames(choice.themeIds, resources).join(', ') })
    : ranked[0]
      ? fill(labels.report.recommendTheme, { theme: ranked[0].name })
      : '';
  return {
    roundLabel: round.label || labels.report.round,
    isoDate: round.date,
    respondents: round.responses.length + Math.max(0, ...themes.map((theme) => sumTally(round, theme.id))),
    themes: themes.map(({ name, counts, average }) => ({ name, counts, average })),
    recommendation,
  };
}

function sumTally(round: AssessmentRound, id: ThemeId) {
  return (round.tally[id] ?? []).reduce((sum, count) => sum + count, 0);
}

function clockOf(epochMs: number) {
  const date = new Date(epochMs);
  return formatClock(date.getHours() * 60 + date.getMinutes());
}

function meetingRun(meeting: Meeting, { toolkit }: Resources): MeetingRunData {
  const runbook = toolkit.runbooks[meeting.runbookId];
  const agenda = buildAgenda(meeting);
  return {
    title: runbook.title,
    isoDate: meeting.date,
    place: meeting.place,
    participants: meeting.participants,
    steps: agenda.items.map((item) => {
      const log = meeting.run?.log.find((entry) => entry.stepId === item.step.id);
      return {
        number: item.step.number,
        title: runbook.steps[item.step.id]?.title ?? '',
        plannedStart: item.start,
        plannedMinutes: item.minutes,
        actualStart: log ? clockOf(log.startedAt) : null,
        actualMinutes: log?.endedAt ? Math.round((log.endedAt - log.startedAt) / 60000) : null,
        notes: meeting.notes[item.step.id] ?? '',
      };
    }),
  };
}

function proposalGroups(
  workspace: Workspace,
  teamId: string,
  meetingId: string | null,
  resources: Resources,
) {
  const { labels, toolkit } = resources;
  const proposals = workspace.proposals
    .filter(
      (proposal) => proposal.teamId === teamId && (meetingId === null || proposal.meetingId === meetingId),
    )
    .sort((a, b) => a.rank - b.rank);
  const groups = workspace.proposalGroups
    .filter((group) => group.teamId === teamId && (meetingId === null || group.meetingId === meetingId))
    .sort((a, b) => a.rank - b.rank);
  const toData = (list: typeof proposals) =>
    list.map((proposal) => ({
      text: proposal.text,
      theme: proposal.themeId ? toolkit.themes[proposal.themeId].name : '',
      top: proposal.top,
      statusLabel: labels.proposalStatus[proposal.status],
    }));
  const grouped: ProposalGroupData[] = groups.map((group) => ({
    name: group.name,
    proposals: toData(proposals.filter((proposal) => proposal.groupId === group.id)),
  }));
  const known = new Set(groups.map((group) => group.id));
  const loose = proposals.filter((proposal) => !proposal.groupId || !known.has(proposal.groupId));
  if (loose.length > 0) grouped.push({ name: labels.report.ungrouped, proposals: toData(loose) });
  return grouped;
}

function followUp(experiment: Experiment, resources: Resources): FollowUpData {
  return {
    hvad: experiment.hvad,
    checkIns: experiment.checkIns.map((checkIn) => ({
      week: checkIn.week,
      isoDate: checkIn.date,
      learned: checkIn.learned,
      continueWith: checkIn.continueWith,
      adjust: checkIn.adjust,
      score: checkIn.score,
    })),
    decision: experiment.decision
      ? {
          outcomeLabel: resources.labels.status[experiment.decision.outcome],
          reason: experiment.decision.reason,
          isoDate: experiment.decision.date,
        }
      : null,
  };
}

/** The full report of a team from its latest round and meeting; null when the team has nothing yet. */
export function collectReport(
  workspace: Workspace,
  teamId: string,
  today: string,
  resources: Resources,
): ReportData | null {
  const { labels } = resources;
  const round = workspace.assessments
    .filter((candidate) => candidate.teamId === teamId)
    .sort(byDate)
    .at(-1);
  const meeting = workspace.meetings
    .filter((candidate) => candidate.teamId === teamId)
    .sort(byDate)
    .at(-1);
  const experiments = teamExperiments(workspace, teamId);
  const proposals = proposalGroups(workspace, teamId, meeting?.id ?? null, resources);
  if (!round && !meeting && experiments.length === 0 && proposals.length === 0) return null;
  const handover = meeting && workspace.handovers.find((candidate) => candidate.meetingId === meeting.id);
  const chosen = meeting ? experiments.filter((experiment) => experiment.meetingId === meeting.id) : [];
  return {
    teamName: teamName(workspace, teamId),
    isoDate: today,
    scores: round ? scores(round, resources) : null,
    meeting: meeting ? meetingRun(meeting, resources) : null,
    proposals,
    decision: meeting?.run
      ? {
          modeLabel: labels.report.decisionMode[meeting.decisionMode],
          summary: chosen.length > 0 ? chosen.map((experiment) => experiment.hvad).join(' · ') : '',
          handover: handover
            ? { who: handover.who, followUpDate: handover.followUpDate, note: handover.note }
            : null,
        }
      : null,
    handleplan: experiments.map((experiment) => handleplanRow(experiment, today, resources)),
    followUps: experiments.map((experiment) => followUp(experiment, resources)),
  };
}

/** The stop op sheet for one experiment's week-2 or week-4 check-in; null for an unknown experiment. */
export function collectCheckIn(
  workspace: Workspace,
  experimentId: string,
  week: 2 | 4,
): CheckInSheetData | null {
  const experiment = workspace.experiments.find((candidate) => candidate.id === experimentId);
  if (!experiment) return null;
  const checkIn = sixWeekDates(experiment.startDate).checkIns.find((entry) => entry.afterWeeks === week);
  return {
    teamName: teamName(workspace, experiment.teamId),
    hvad: experiment.hvad,
    hvorfor: experiment.hvorfor,
    week,
    isoDate: checkIn?.isoDate ?? experiment.startDate,
    isoWeek: checkIn?.week ?? 0,
  };
}
