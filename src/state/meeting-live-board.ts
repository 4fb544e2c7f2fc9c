import { RUNBOOKS, type StepActivity } from '@/content/structure';
import type { ToolkitText } from '@/content/types';
import type { Experiment } from '@/domain/entities/experiment';
import type { Meeting } from '@/domain/entities/meeting';
import type { Proposal, ProposalGroup } from '@/domain/entities/proposal';
import type { ThemeId } from '@/content/ids';
import { runSteps } from '@/domain/meeting-run';
import { boardGroups, boardProposals } from '@/domain/proposals';
import { tableProcessSteps } from '@/domain/table-process';
import type { MeetingBoardContent, StopOpBoardContent } from '@/live/facilitator-session';
import {
  MAX_PROPOSAL_CHARS,
  type LiveStep,
  type LiveTable,
  type LiveTableStep,
  type LiveVote,
} from '@/live/protocol';

/** The steps where the toolkit has proposals made: the rounds and the decision, the dialogmøde's tables and 2×2. */
const PROPOSAL_ACTIVITIES: readonly StepActivity[] = ['groupWork', 'clustering'];
/** The steps whose reflection questions phones show at everyone's seat. */
const QUESTION_ACTIVITIES: readonly StepActivity[] = ['reflection', 'proposalReflection'];

const short = (text: string) =>
  text.length > MAX_PROPOSAL_CHARS ? `${text.slice(0, MAX_PROPOSAL_CHARS - 1)}…` : text;

export interface MeetingBoardInput {
  meeting: Meeting;
  proposals: readonly Proposal[];
  groups: readonly ProposalGroup[];
  toolkit: ToolkitText;
  /** The meeting's name as the screens show it. */
  title: string;
  nowMs: number;
}

function stepOf(meeting: Meeting, toolkit: ToolkitText): LiveStep | null {
  const run = meeting.run;
  if (!run) return null;
  const structure = RUNBOOKS[meeting.runbookId].steps;
  const index = Math.min(run.stepIndex, structure.length - 1);
  const step = structure[index];
  if (!step) return null;
  const text = toolkit.runbooks[meeting.runbookId].steps[step.id];
  const count = Math.min(structure.length, runSteps(meeting).length || structure.length);
  return {
    index,
    count: Math.max(count, index + 1),
    id: step.id,
    title: text?.title ?? '',
    activity: step.activity,
    timer: { ...run.timer },
    questions: QUESTION_ACTIVITIES.includes(step.activity) ? [...(text?.questions ?? [])] : [],
    speaker:
      step.activity === 'speakerRound' && run.speakers
        ? { index: run.speakers.index, count: run.speakers.count }
        : null,
  };
}

/** A dialogmøde table's process: its theme's drejebog steps 2–5, in the toolkit's words (as the projector shows them). */
function tableProcess(themeId: ThemeId, toolkit: ToolkitText): LiveTableStep[] {
  const runbook = toolkit.runbooks[themeId];
  return tableProcessSteps(themeId).flatMap((step) => {
    const text = runbook.steps[step.id];
    if (!text) return [];
    return [
      {
        number: step.number,
        title: text.title,
        duration: text.durationLabel ?? '',
        lines: [...(text.leadIn ? [text.leadIn] : []), ...(text.paragraphs ?? [])],
        questions: [...(text.questions ?? [])],
      },
    ];
  });
}

/**
 * The dialogmøde's tables, one theme each; while the tables work (the group work step) each carries
 * its process, so a phone that picks its table reads the table's steps and questions at its seat.
 * Only then: the process is the longest part of a board, and the board is sent again on every change.
 */
function tablesOf(meeting: Meeting, toolkit: ToolkitText, activity: StepActivity | undefined): LiveTable[] {
  if (meeting.runbookId !== 'dialogmoede') return [];
  const working = activity === 'groupWork';
  return meeting.themeIds.map((themeId, i) => ({
    number: i + 1,
    themeId,
    ...(working ? { process: tableProcess(themeId, toolkit) } : {}),
  }));
}

function voteOf(meeting: Meeting, proposals: readonly Proposal[], groups: readonly ProposalGroup[]) {
  const vote = meeting.dotVote;
  if (!vote) return null;
  const items: LiveVote['items'] = [];
  for (const id of vote.items) {
    if (vote.on === 'proposals') {
      const proposal = proposals.find((p) => p.id === id);
      if (proposal) items.push({ id, text: short(proposal.text) });
    } else {
      const group = groups.find((g) => g.id === id);
      if (!group) continue;
      const inside = proposals.filter((p) => p.groupId === id).map((p) => p.text);
      items.push({ id, text: short(group.name || inside.join(' · ')) });
    }
  }
  const board: LiveVote = {
    phase: vote.phase,
    on: vote.on,
    dots: vote.dots,
    maxPerItem: vote.maxPerItem,
    items,
  };
  if (vote.phase === 'closed' && vote.counts) {
    board.counts = Object.fromEntries(items.map((item) => [item.id, vote.counts?.[item.id] ?? 0]));
  }
  return board;
}

/**
 * What the phones of a meeting see: the step on screen with the run's own countdown, the tables, whether
 * proposals may be sent, and the dot vote. Only proposals on the board (accepted ones) are listed.
 */
export function meetingBoardOf(input: MeetingBoardInput): MeetingBoardContent {
  const { meeting, toolkit } = input;
  const scope = { teamId: meeting.teamId, meetingId: meeting.id };
  const proposals = boardProposals(input.proposals, scope);
  const groups = boardGroups(input.groups, scope);
  const step = stepOf(meeting, toolkit);
  const finished = meeting.run?.finishedAt != null;
  const structure = meeting.run ? RUNBOOKS[meeting.runbookId].steps[step?.index ?? 0] : undefined;
  const open =
    !finished &&
    structure !== undefined &&
    (structure.capturesProposals || PROPOSAL_ACTIVITIES.includes(structure.activity));
  return {
    kind: 'meeting',
    meetingId: meeting.id,
    title: input.title,
    sentAt: input.nowMs,
    step,
    finished,
    tables: tablesOf(meeting, toolkit, finished ? undefined : structure?.activity),
    proposals: { open, themes: [...meeting.themeIds] },
    vote: voteOf(meeting, proposals, groups),
  };
}

/** What the phones of a stop op see. */
export function stopOpBoardOf(experiment: Experiment): StopOpBoardContent | null {
  const live = experiment.liveCheckIn;
  if (!live) return null;
  return {
    kind: 'stopOp',
    experimentId: experiment.id,
    week: live.week,
    themeId: experiment.themeIds[0] ?? null,
    title: short(experiment.hvad),
    phase: live.phase,
  };
}
