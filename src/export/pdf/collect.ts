import type { CheckInWeek, ThemeId } from '@/content/ids';
import { RUNBOOKS } from '@/content/structure';
import { buildAgenda, formatClock } from '@/domain/agenda';
import { UNGROUPED, boardColumns } from '@/domain/board';
import type { AssessmentRound } from '@/domain/entities/assessment';
import type { Experiment } from '@/domain/entities/experiment';
import type { Meeting } from '@/domain/entities/meeting';
import type { Workspace } from '@/domain/entities/workspace';
import { experimentStatus, type ExperimentStatus } from '@/domain/experiment-status';
import { holidaysBetween } from '@/domain/holidays';
import { tableProcessSteps } from '@/domain/table-process';
import { isoWeek } from '@/domain/iso-week';
import { runDurationMs, runSteps, summarizeRun } from '@/domain/meeting-run';
import type { Recommendation } from '@/domain/recommendation';
import {
  effectiveChoice,
  resultSentences,
  roundResult,
  sentenceValues,
  type ResultSentence,
} from '@/domain/round-result';
import { checkInStop, scheduleSixWeeks } from '@/domain/schedule';
import { scoreFormat, type ThemeScoreSummary } from '@/domain/scores';
import { LOCALES } from '@/i18n/languages';
import type {
  CheckInSheetData,
  DecisionData,
  HandleplanPosterData,
  HandleplanRowData,
  InvitationData,
  MeetingRunData,
  ProposalGroupData,
  TableSheetsData,
  ScoresData,
} from './document-data';
import type { PdfResources } from './exports';
import { fill } from './labels';

// Turns the workspace into the PDF layer's document data. Every figure comes from the domain
// (schedule, status, scores, recommendation, meeting run, board order), so a PDF says what the
// screens say; this file only picks the records and puts the results into the document's words.

/** What a collector needs in the document's language. */
export type CollectResources = Pick<PdfResources, 'language' | 'labels' | 'result' | 'toolkit'>;

export const DECISION_STATUS: Record<NonNullable<Experiment['decision']>['outcome'], ExperimentStatus> = {
  permanent: 'permanent',
  extend: 'extended',
  stop: 'stopped',
};

export function formatters({ language }: CollectResources) {
  return scoreFormat(LOCALES[language]);
}

export function teamName(workspace: Workspace, teamId: string) {
  return workspace.teams.find((team) => team.id === teamId)?.name ?? '';
}

export function handleplanRow(
  experiment: Experiment,
  today: string,
  resources: CollectResources,
): HandleplanRowData {
  const { labels, toolkit } = resources;
  const schedule = scheduleSixWeeks(experiment.startDate);
  return {
    hvad: experiment.hvad,
    hvorfor: experiment.hvorfor,
    hvordan: experiment.hvordan,
    hvem: experiment.hvem,
    adjustments: experiment.adjustments.map((adjustment) => ({
      isoDate: adjustment.date,
      text: adjustment.text,
    })),
    statusLabel: labels.status[experimentStatus(experiment, today)],
    themes: experiment.themeIds.map((id) => toolkit.themes[id].name),
    holidays: holidaysBetween(schedule.start, schedule.stops[2].date).map(
      (holiday) => labels.holidays[holiday.id],
    ),
    schedule: [
      { label: labels.schedule.start, isoDate: schedule.start, week: isoWeek(schedule.start).week },
      ...schedule.stops.map((stop) => ({
        label:
          stop.kind === 'decision'
            ? labels.schedule.decision
            : fill(labels.schedule.checkIn, { week: stop.week }),
        isoDate: stop.date,
        week: stop.isoWeek,
      })),
    ],
  };
}

function teamExperiments(workspace: Workspace, teamId: string) {
  return workspace.experiments
    .filter((experiment) => experiment.teamId === teamId)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.createdAt.localeCompare(b.createdAt));
}

/** The handleplan poster of a team on ISO date `today`; null when the team has no experiments yet. */
export function collectHandleplan(
  workspace: Workspace,
  teamId: string,
  today: string,
  resources: CollectResources,
): HandleplanPosterData | null {
  const experiments = teamExperiments(workspace, teamId);
  const first = experiments[0];
  if (!first) return null;
  const ends = experiments.map((experiment) => scheduleSixWeeks(experiment.startDate).stops[2].date).sort();
  return {
    teamName: teamName(workspace, teamId),
    isoDate: today,
    period: { from: first.startDate, to: ends.at(-1) ?? first.startDate },
    rows: experiments.map((experiment) => handleplanRow(experiment, today, resources)),
  };
}

/** The dagsorden of a meeting, its programme timed by the agenda maths; null for an unknown meeting. */
export function collectInvitation(
  workspace: Workspace,
  meetingId: string,
  { toolkit, labels, language }: CollectResources,
): InvitationData | null {
  const meeting = workspace.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting) return null;
  const runbook = toolkit.runbooks[meeting.runbookId];
  const agenda = buildAgenda(meeting);
  const single = meeting.runbookId === 'dialogmoede' ? null : toolkit.themes[meeting.runbookId];
  const themes = meeting.themeIds.map((id) => toolkit.themes[id].name);
  // The dialogmøde invites the participants in their words, with each theme's reflection questions
  // (the drejebog's own questions are for the groups' clustering and the planners).
  const questionSets = single
    ? undefined
    : meeting.themeIds.map((id) => ({
        heading: toolkit.themes[id].name,
        questions: toolkit.runbooks[id].steps.reflection?.questions ?? [],
      }));
  return {
    teamName: teamName(workspace, meeting.teamId),
    title: runbook.title,
    purpose: single
      ? single.keyQuestion
      : fill(labels.invitation.purposeDialog, {
          themes: new Intl.ListFormat(language, { type: 'conjunction' }).format(themes),
        }),
    themes,
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
    questions: single
      ? RUNBOOKS[meeting.runbookId].steps.flatMap((step) => runbook.steps[step.id]?.questions ?? [])
      : [],
    ...(questionSets ? { questionSets } : {}),
    before: runbook.before,
  };
}

/** "Jeres valg: …" from the round's own choice, else from the recommendation; empty when neither picks one. */
function choiceText(round: AssessmentRound, recommendation: Recommendation, resources: CollectResources) {
  const {
    labels: { report: l },
    result,
  } = resources;
  const format = formatters(resources);
  const name = (id: ThemeId) => resources.toolkit.themes[id].name;
  const choice = effectiveChoice(round.choice, recommendation);
  if (!choice) return '';
  const chosen =
    choice.kind === 'theme'
      ? name(choice.themeId)
      : fill(l.chosenDialog, { themes: format.list(choice.themeIds.map(name)) });
  return `${fill(l.chosen, { choice: chosen })} ${round.choice ? result.overridden : result.followsRecommendation}`;
}

export function scores(round: AssessmentRound, resources: CollectResources): ScoresData {
  const { labels, toolkit } = resources;
  const l = labels.report;
  const format = formatters(resources);
  const result = roundResult(round);
  const sentences = resultSentences(result);
  // The screen's sentences, said with the document's language's names and numbers.
  const say = (sentence: ResultSentence) =>
    fill(
      resources.result[sentence.key],
      sentenceValues(sentence, (id) => toolkit.themes[id].name, format),
    );
  const toTheme = (summary: ThemeScoreSummary) => ({
    name: toolkit.themes[summary.themeId].name,
    // Mirrors the assessment screen: below the threshold only n and the mean are shown.
    counts: summary.detailVisible ? summary.counts : null,
    average: summary.mean,
    n: summary.n,
  });
  return {
    roundLabel: round.label || l.round,
    isoDate: round.date,
    respondents: result.answers,
    respondentsPerTheme:
      result.perTheme.kind === 'perTheme'
        ? fill(resources.result.answersPerTheme, {
            counts: result.perTheme.perTheme
              .map(({ themeId, n }) =>
                fill(resources.result.themeCount, { theme: toolkit.themes[themeId].name, n }),
              )
              .join(', '),
          })
        : null,
    themes: [...result.ranked, ...result.unscored].map(toTheme),
    recommendation: [sentences.recommendation, sentences.divided]
      .flatMap((sentence) => (sentence ? [say(sentence)] : []))
      .join(' '),
    rule: say(sentences.rule),
    choice: choiceText(round, result.recommendation, resources),
    disagreements: sentences.disagreements.map(say),
    tensions: sentences.tensions.map(say),
    hiddenNote: sentences.hiddenNote ? say(sentences.hiddenNote) : '',
  };
}

function clockOf(epochMs: number) {
  const date = new Date(epochMs);
  return formatClock(date.getHours() * 60 + date.getMinutes());
}

const toMinutes = (ms: number) => Math.round(ms / 60_000);

/** The meeting as run: planned against actual minutes per step, skipped steps and the notes. */
export function meetingRun(meeting: Meeting, nowMs: number, { toolkit }: CollectResources): MeetingRunData {
  const runbook = toolkit.runbooks[meeting.runbookId];
  const agenda = buildAgenda(meeting);
  const steps = runSteps(meeting);
  const run = meeting.run;
  const summary = run ? summarizeRun(run, steps, nowMs) : [];
  return {
    title: runbook.title,
    isoDate: meeting.date,
    place: meeting.place,
    participants: meeting.participants,
    steps: agenda.items.map((item) => {
      const ran = summary.find((entry) => entry.stepId === item.step.id);
      const firstVisit = run?.log.find((entry) => entry.stepId === item.step.id);
      const visited = ran?.visited ?? false;
      return {
        number: item.step.number,
        title: runbook.steps[item.step.id]?.title ?? '',
        plannedStart: item.start,
        plannedMinutes: item.minutes,
        actualStart: visited && firstVisit ? clockOf(firstVisit.startedAt) : null,
        actualMinutes: visited && ran && !ran.skipped ? toMinutes(ran.actualMs) : null,
        skipped: ran?.skipped ?? false,
        notes: meeting.notes[item.step.id] ?? '',
      };
    }),
    totals: run
      ? {
          plannedMinutes: toMinutes(summary.reduce((sum, step) => sum + step.plannedMs, 0)),
          // From start to finish, as the meeting summary screen counts it.
          actualMinutes: toMinutes(runDurationMs(run, nowMs)),
        }
      : null,
  };
}

/** A meeting's proposals (null: those typed outside a meeting) in the board's order: each group by priority, then those in no group. */
export function proposalGroups(
  workspace: Workspace,
  teamId: string,
  meetingId: string | null,
  { labels, toolkit }: CollectResources,
): ProposalGroupData[] {
  const inScope = (item: { teamId: string; meetingId: string | null }) =>
    item.teamId === teamId && item.meetingId === meetingId;
  const proposals = workspace.proposals.filter(inScope);
  const groups = workspace.proposalGroups.filter(inScope);
  const columns = boardColumns(proposals, groups);
  const toData = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const proposal = proposals.find((candidate) => candidate.id === id);
      return proposal
        ? [
            {
              text: proposal.text,
              theme: proposal.themeId ? toolkit.themes[proposal.themeId].name : '',
              top: proposal.top,
              statusLabel: labels.proposalStatus[proposal.status],
            },
          ]
        : [];
    });
  const grouped = Object.entries(columns)
    .filter(([id]) => id !== UNGROUPED)
    .map(([id, ids]) => ({
      name: groups.find((group) => group.id === id)?.name ?? '',
      proposals: toData(ids),
    }));
  const loose = toData(columns[UNGROUPED] ?? []);
  return [
    ...grouped.filter((group) => group.proposals.length > 0),
    ...(loose.length > 0 ? [{ name: labels.report.ungrouped, proposals: loose }] : []),
  ];
}

/** Decision A (experiments chosen at the meeting) and decision B (handovers with who and when). */
export function decision(
  workspace: Workspace,
  meeting: Meeting,
  { labels }: CollectResources,
): DecisionData | null {
  const chosen = workspace.experiments
    .filter((experiment) => experiment.meetingId === meeting.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((experiment) => experiment.hvad);
  const handovers = workspace.handovers
    .filter((handover) => handover.meetingId === meeting.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((handover) => ({
      who: handover.who,
      followUpDate: handover.followUpDate,
      note: handover.note,
      proposals: handover.proposalIds.flatMap((id) => {
        const proposal = workspace.proposals.find((candidate) => candidate.id === id);
        return proposal ? [proposal.text] : [];
      }),
    }));
  if (!meeting.run && chosen.length === 0 && handovers.length === 0) return null;
  return { modeLabel: labels.report.decisionMode[meeting.decisionMode], chosen, handovers };
}

/** The stop op sheet for one experiment's week-2 or week-4 check-in; null for an unknown experiment. */
export function collectCheckIn(
  workspace: Workspace,
  experimentId: string,
  week: CheckInWeek,
): CheckInSheetData | null {
  const experiment = workspace.experiments.find((candidate) => candidate.id === experimentId);
  if (!experiment) return null;
  const stop = checkInStop(scheduleSixWeeks(experiment.startDate), week);
  return {
    teamName: teamName(workspace, experiment.teamId),
    hvad: experiment.hvad,
    hvorfor: experiment.hvorfor,
    week,
    isoDate: stop.date,
    isoWeek: stop.isoWeek,
  };
}

/**
 * The table sheets of a dialogmøde: per chosen theme, its drejebog's steps 2–5 in the toolkit's words
 * (the step-4 question as the toolkit prints it, the app's theme wording beside it as an adaptation);
 * null for an unknown meeting, a meeting that is not a dialogmøde, or one without themes.
 */
export function collectTableSheets(
  workspace: Workspace,
  meetingId: string,
  { toolkit }: CollectResources,
): TableSheetsData | null {
  const meeting = workspace.meetings.find((candidate) => candidate.id === meetingId);
  if (!meeting || meeting.runbookId !== 'dialogmoede' || meeting.themeIds.length === 0) return null;
  return {
    teamName: teamName(workspace, meeting.teamId),
    isoDate: meeting.date,
    tables: meeting.themeIds.map((themeId, index) => {
      const runbook = toolkit.runbooks[themeId];
      return {
        number: index + 1,
        theme: toolkit.themes[themeId].name,
        keyQuestion: toolkit.themes[themeId].keyQuestion,
        steps: tableProcessSteps(themeId).flatMap((step) => {
          const text = runbook.steps[step.id];
          if (!text) return [];
          return [
            {
              number: step.number,
              title: text.title,
              durationLabel: text.durationLabel ?? '',
              leadIn: text.leadIn ?? '',
              paragraphs: text.paragraphs ?? [],
              questions: text.questions ?? [],
              conclusion: text.conclusion ?? '',
              adaptation: text.adaptation ?? '',
            },
          ];
        }),
      };
    }),
  };
}
