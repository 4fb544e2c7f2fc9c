import { buildAgenda, type AgendaInput } from './agenda';
import type { MeetingRun, StepLog } from './entities/meeting';
import { createSpeakerRound, nextSpeaker, pauseSpeaker, resumeSpeaker } from './speaker-round';
import { MINUTE_MS, addTime, createTimer, elapsedMs, isRunning, pauseTimer, startTimer } from './timer';

/** A step as the runner times it: its countdown length and, for a round, its speakers. */
export interface RunStep {
  id: string;
  durationMs: number;
  /** "Max to minutter pr. deltager" / "pr. gruppe": one slot each, the step's length shared out. */
  speakers: { count: number; slotMs: number } | null;
}

/** The meeting's steps with lengths in ms from its agenda (the facilitator's edits included). */
export function runSteps(meeting: AgendaInput): RunStep[] {
  return buildAgenda(meeting).items.map(({ step, minutes }) => {
    const durationMs = Math.round(minutes * MINUTE_MS);
    const count =
      step.duration.kind === 'perParticipant'
        ? meeting.participants
        : step.duration.kind === 'perGroup'
          ? meeting.groups
          : 0;
    const speakers = count >= 1 ? { count: Math.floor(count), slotMs: Math.round(durationMs / count) } : null;
    return { id: step.id, durationMs, speakers };
  });
}

function stepAt(steps: readonly RunStep[], index: number): RunStep {
  const step = steps[Math.min(Math.max(0, index), steps.length - 1)];
  if (!step) throw new RangeError('A meeting needs at least one step');
  return step;
}

function closeLog(log: readonly StepLog[], nowMs: number, skipped = false): StepLog[] {
  return log.map((entry, i) =>
    i === log.length - 1 && entry.endedAt === null
      ? { ...entry, endedAt: nowMs, skipped: skipped || entry.skipped }
      : entry,
  );
}

/** A fresh run at the first step, its countdown stopped until the facilitator starts it. `nowMs` epoch ms. */
export function startRun(steps: readonly RunStep[], nowMs: number): MeetingRun {
  const first = stepAt(steps, 0);
  return {
    stepIndex: 0,
    timer: createTimer(first.durationMs),
    speakers: first.speakers ? createSpeakerRound(first.speakers.count, first.speakers.slotMs) : null,
    log: [{ stepId: first.id, startedAt: nowMs, endedAt: null, skipped: false }],
    startedAt: nowMs,
    finishedAt: null,
    stepTimers: {},
    sound: false,
  };
}

/**
 * Move to step `index` at `nowMs`: the step left keeps its countdown for a return visit, and a
 * running countdown carries on into the new step. Out-of-range indexes and a finished run are no-ops.
 */
export function goToStep(
  run: MeetingRun,
  steps: readonly RunStep[],
  index: number,
  nowMs: number,
  { skipped = false } = {},
): MeetingRun {
  if (run.finishedAt !== null || index < 0 || index >= steps.length || index === run.stepIndex) return run;
  const current = stepAt(steps, run.stepIndex);
  const next = stepAt(steps, index);
  const running = isRunning(run.timer);
  const left = pauseTimer(run.timer, nowMs);
  const kept = run.stepTimers[next.id];
  const timer = kept ? { ...kept, startedAt: null } : createTimer(next.durationMs);
  const round = next.speakers ? createSpeakerRound(next.speakers.count, next.speakers.slotMs) : null;
  return {
    ...run,
    stepIndex: index,
    timer: running ? startTimer(timer, nowMs) : timer,
    speakers: round && running ? resumeSpeaker(round, nowMs) : round,
    log: [
      ...closeLog(run.log, nowMs, skipped),
      { stepId: next.id, startedAt: nowMs, endedAt: null, skipped: false },
    ],
    stepTimers: {
      ...run.stepTimers,
      [current.id]: { durationMs: left.durationMs, elapsedMs: left.elapsedMs },
    },
  };
}

/** The next step at `nowMs`; unchanged at the last step (finish the run instead). */
export function nextStep(run: MeetingRun, steps: readonly RunStep[], nowMs: number): MeetingRun {
  return goToStep(run, steps, run.stepIndex + 1, nowMs);
}

/** The previous step at `nowMs`, its countdown as it was left; unchanged at the first step. */
export function previousStep(run: MeetingRun, steps: readonly RunStep[], nowMs: number): MeetingRun {
  return goToStep(run, steps, run.stepIndex - 1, nowMs);
}

/** Leave the current step as skipped and go on; unchanged at the last step. */
export function skipStep(run: MeetingRun, steps: readonly RunStep[], nowMs: number): MeetingRun {
  return goToStep(run, steps, run.stepIndex + 1, nowMs, { skipped: true });
}

/** Start or resume the step's countdown (and the speaker's) at `nowMs`; a finished run is unchanged. */
export function startRunTimer(run: MeetingRun, nowMs: number): MeetingRun {
  if (run.finishedAt !== null) return run;
  return {
    ...run,
    timer: startTimer(run.timer, nowMs),
    speakers: run.speakers ? resumeSpeaker(run.speakers, nowMs) : null,
  };
}

/** Pause the step's countdown (and the speaker's) at `nowMs`, keeping the time run. */
export function pauseRunTimer(run: MeetingRun, nowMs: number): MeetingRun {
  return {
    ...run,
    timer: pauseTimer(run.timer, nowMs),
    speakers: run.speakers ? pauseSpeaker(run.speakers, nowMs) : null,
  };
}

/** One more minute (or `ms`) for the current step; the speaker's slot stays as it is. */
export function addMinuteToRun(run: MeetingRun, ms: number = MINUTE_MS): MeetingRun {
  return run.finishedAt !== null ? run : { ...run, timer: addTime(run.timer, ms) };
}

/** Give the word to the next speaker at `nowMs`; unchanged outside a round or after the last. */
export function nextSpeakerInRun(run: MeetingRun, nowMs: number): MeetingRun {
  return run.speakers && run.finishedAt === null
    ? { ...run, speakers: nextSpeaker(run.speakers, nowMs) }
    : run;
}

/** End the meeting at `nowMs`: every clock stops and the current step's log entry closes. */
export function finishRun(run: MeetingRun, steps: readonly RunStep[], nowMs: number): MeetingRun {
  if (run.finishedAt !== null) return run;
  const paused = pauseRunTimer(run, nowMs);
  const current = stepAt(steps, run.stepIndex);
  return {
    ...paused,
    log: closeLog(run.log, nowMs),
    finishedAt: nowMs,
    stepTimers: {
      ...run.stepTimers,
      [current.id]: { durationMs: paused.timer.durationMs, elapsedMs: paused.timer.elapsedMs },
    },
  };
}

/** Reopen a finished meeting at `nowMs` on the step it ended on, its countdown stopped. */
export function reopenRun(run: MeetingRun, steps: readonly RunStep[], nowMs: number): MeetingRun {
  if (run.finishedAt === null) return run;
  const current = stepAt(steps, run.stepIndex);
  return {
    ...run,
    finishedAt: null,
    log: [...run.log, { stepId: current.id, startedAt: nowMs, endedAt: null, skipped: false }],
  };
}

export interface StepSummary {
  stepId: string;
  /** Planned length, ms. */
  plannedMs: number;
  /** Time spent on the step, ms, over every visit (an open visit counts up to `nowMs`). */
  actualMs: number;
  /** How long its countdown ran, ms. */
  timedMs: number;
  visited: boolean;
  /** Every visit ended in a skip. */
  skipped: boolean;
}

/** The steps as run: planned and actual time per step, in the drejebog's order. `nowMs` epoch ms. */
export function summarizeRun(run: MeetingRun, steps: readonly RunStep[], nowMs: number): StepSummary[] {
  const end = run.finishedAt ?? nowMs;
  return steps.map((step, index) => {
    const visits = run.log.filter((entry) => entry.stepId === step.id);
    const actualMs = visits.reduce(
      (sum, entry) => sum + Math.max(0, (entry.endedAt ?? end) - entry.startedAt),
      0,
    );
    const timer =
      index === run.stepIndex
        ? run.timer
        : { ...(run.stepTimers[step.id] ?? createTimer(0)), startedAt: null };
    return {
      stepId: step.id,
      plannedMs: step.durationMs,
      actualMs,
      timedMs: elapsedMs(timer, end),
      visited: visits.length > 0,
      skipped: visits.length > 0 && visits.every((entry) => entry.skipped),
    };
  });
}

/** Milliseconds from the meeting's start to its finish, or to `nowMs` while it runs. */
export function runDurationMs(run: MeetingRun, nowMs: number): number {
  return Math.max(0, (run.finishedAt ?? nowMs) - run.startedAt);
}
