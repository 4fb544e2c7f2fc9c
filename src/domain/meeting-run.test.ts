import { describe, expect, it } from 'vitest';
import {
  addMinuteToRun,
  finishRun,
  nextSpeakerInRun,
  nextStep,
  pauseRunTimer,
  previousStep,
  reopenRun,
  runDurationMs,
  runSteps,
  skipStep,
  startRun,
  startRunTimer,
  summarizeRun,
} from './meeting-run';
import { isRunning, remainingMs } from './timer';
import { speakerRemainingMs } from './speaker-round';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

const single = {
  runbookId: 'tillid' as const,
  participants: 4,
  groups: 1,
  decisionMode: 'B' as const,
  startTime: '09:00',
  stepMinutes: { welcome: 3 },
};
const steps = runSteps(single);

describe('runSteps', () => {
  it('takes lengths from the agenda, with the facilitator edits', () => {
    expect(steps.map((s) => [s.id, s.durationMs / MIN])).toEqual([
      ['welcome', 3],
      ['reflection', 5],
      ['round', 8],
      ['proposalReflection', 15],
      ['proposalRound', 8],
      ['decision', 10],
    ]);
  });

  it.each([
    ['tillid', 'round', { count: 4, slotMs: 2 * MIN }],
    ['tillid', 'reflection', null],
    ['dialogmoede', 'groupReport', { count: 3, slotMs: 5 * MIN }],
    ['dialogmoede', 'priorityReport', { count: 3, slotMs: 3 * MIN }],
  ] as const)('%s step %s has speakers %o', (runbookId, stepId, speakers) => {
    const found = runSteps({ ...single, runbookId, groups: 3, stepMinutes: {} }).find((s) => s.id === stepId);
    expect(found?.speakers).toEqual(speakers);
  });
});

describe('meeting run', () => {
  it('starts at the first step, its countdown stopped, with the step logged', () => {
    const run = startRun(steps, T0);
    expect(run.stepIndex).toBe(0);
    expect(isRunning(run.timer)).toBe(false);
    expect(run.log).toEqual([{ stepId: 'welcome', startedAt: T0, endedAt: null, skipped: false }]);
  });

  it('next step carries a running countdown on with the new step length', () => {
    let run = startRunTimer(startRun(steps, T0), T0);
    run = nextStep(run, steps, T0 + 4 * MIN);
    expect(run.stepIndex).toBe(1);
    expect(remainingMs(run.timer, T0 + 5 * MIN)).toBe(4 * MIN);
    expect(run.log[0]).toMatchObject({ endedAt: T0 + 4 * MIN });
  });

  it('a step with speakers starts its round at the first speaker', () => {
    let run = startRun(steps, T0);
    run = nextStep(nextStep(run, steps, T0), steps, T0);
    expect(run.speakers).toMatchObject({ count: 4, index: 0, slotMs: 2 * MIN });
    run = nextSpeakerInRun(startRunTimer(run, T0), T0 + MIN);
    expect(run.speakers?.index).toBe(1);
    expect(speakerRemainingMs(run.speakers!, T0 + 90_000)).toBe(90_000);
  });

  it('going back restores the countdown as it was left', () => {
    let run = startRunTimer(startRun(steps, T0), T0);
    run = nextStep(run, steps, T0 + 2 * MIN);
    run = pauseRunTimer(previousStep(pauseRunTimer(run, T0 + 3 * MIN), steps, T0 + 3 * MIN), T0 + 3 * MIN);
    expect(run.stepIndex).toBe(0);
    expect(remainingMs(run.timer, T0 + 9 * MIN)).toBe(MIN);
  });

  it.each([
    ['previous at the first step', (r: ReturnType<typeof startRun>) => previousStep(r, steps, T0 + MIN)],
    [
      'next at the last step',
      (r: ReturnType<typeof startRun>) => nextStep({ ...r, stepIndex: steps.length - 1 }, steps, T0 + MIN),
    ],
  ])('%s changes nothing', (_name, act) => {
    const run = startRun(steps, T0);
    const after = act(run);
    expect(after.log).toHaveLength(1);
  });

  it('skip marks the step skipped and moves on', () => {
    const run = skipStep(startRun(steps, T0), steps, T0 + 10_000);
    expect(run.stepIndex).toBe(1);
    expect(run.log[0]?.skipped).toBe(true);
  });

  it('+1 minute lengthens the current step only', () => {
    const run = addMinuteToRun(startRun(steps, T0));
    expect(run.timer.durationMs).toBe(4 * MIN);
  });

  it('finishing stops the clocks, closes the log and freezes the summary', () => {
    let run = startRunTimer(startRun(steps, T0), T0);
    run = nextStep(run, steps, T0 + 4 * MIN);
    run = skipStep(run, steps, T0 + 5 * MIN);
    run = finishRun(run, steps, T0 + 20 * MIN);
    expect(run.finishedAt).toBe(T0 + 20 * MIN);
    expect(isRunning(run.timer)).toBe(false);
    expect(startRunTimer(run, T0 + 21 * MIN)).toBe(run);
    expect(runDurationMs(run, T0 + 99 * MIN)).toBe(20 * MIN);
    const summary = summarizeRun(run, steps, T0 + 99 * MIN);
    expect(summary.slice(0, 4).map((s) => [s.stepId, s.actualMs / MIN, s.skipped, s.visited])).toEqual([
      ['welcome', 4, false, true],
      ['reflection', 1, true, true],
      ['round', 15, false, true],
      ['proposalReflection', 0, false, false],
    ]);
    expect(summary[0]?.timedMs).toBe(4 * MIN);
    expect(summary[2]?.timedMs).toBe(15 * MIN);
  });

  it('a finished meeting can be reopened on its last step', () => {
    const finished = finishRun(startRun(steps, T0), steps, T0 + MIN);
    const run = reopenRun(finished, steps, T0 + 2 * MIN);
    expect(run.finishedAt).toBeNull();
    expect(run.log.at(-1)).toMatchObject({ stepId: 'welcome', startedAt: T0 + 2 * MIN, endedAt: null });
  });
});
