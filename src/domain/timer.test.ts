import { describe, expect, it } from 'vitest';
import { meetingRunSchema } from './entities/meeting';
import {
  addTime,
  createTimer,
  elapsedMs,
  isRunning,
  isUp,
  overtimeMs,
  pauseTimer,
  remainingMs,
  startTimer,
} from './timer';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

describe('timer', () => {
  it('a new countdown is stopped with its whole length left', () => {
    const timer = createTimer(5 * MIN);
    expect(isRunning(timer)).toBe(false);
    expect(remainingMs(timer, T0 + 10 * MIN)).toBe(5 * MIN);
    expect(isUp(timer, T0)).toBe(false);
  });

  it.each([
    ['just started', 0, 5 * MIN],
    ['after one minute', MIN, 4 * MIN],
    ['exactly at the end', 5 * MIN, 0],
    ['two minutes over', 7 * MIN, -2 * MIN],
  ])('counts down from the start timestamp: %s', (_name, after, left) => {
    const timer = startTimer(createTimer(5 * MIN), T0);
    expect(remainingMs(timer, T0 + after)).toBe(left);
  });

  it('pause keeps the time run and stops the clock; resume continues from there', () => {
    let timer = startTimer(createTimer(5 * MIN), T0);
    timer = pauseTimer(timer, T0 + 2 * MIN);
    expect(remainingMs(timer, T0 + 30 * MIN)).toBe(3 * MIN);
    timer = startTimer(timer, T0 + 30 * MIN);
    expect(remainingMs(timer, T0 + 31 * MIN)).toBe(2 * MIN);
  });

  it.each([
    ['start on a running timer', (t: ReturnType<typeof createTimer>) => startTimer(t, T0 + MIN)],
    [
      'pause on a paused timer',
      (t: ReturnType<typeof createTimer>) => pauseTimer(pauseTimer(t, T0 + MIN), T0 + 3 * MIN),
    ],
  ])('%s changes nothing', (_name, act) => {
    const timer = startTimer(createTimer(5 * MIN), T0);
    const after = act(timer);
    expect(elapsedMs(after, T0 + MIN)).toBe(MIN);
  });

  it('+1 minute adds to the length whether running or paused', () => {
    const running = addTime(startTimer(createTimer(5 * MIN), T0));
    expect(remainingMs(running, T0 + 5 * MIN)).toBe(MIN);
    expect(addTime(createTimer(0)).durationMs).toBe(MIN);
  });

  it.each([
    [4 * MIN, false, 0],
    [5 * MIN, true, 0],
    [6.5 * MIN, true, 1.5 * MIN],
  ])('after %i ms the time is up: %s, with %i ms overtime', (after, up, over) => {
    const timer = startTimer(createTimer(5 * MIN), T0);
    expect(isUp(timer, T0 + after)).toBe(up);
    expect(overtimeMs(timer, T0 + after)).toBe(over);
  });

  it('is right after the tab slept or the lid was closed: the gap counts in full', () => {
    const timer = startTimer(createTimer(10 * MIN), T0);
    // No ticks happen during the sleep; only timestamps matter.
    expect(remainingMs(timer, T0 + 8 * MIN + 30_000)).toBe(MIN + 30_000);
    expect(isUp(timer, T0 + 45 * MIN)).toBe(true);
  });

  it('never counts back up when the wall clock goes backwards', () => {
    const timer = startTimer(createTimer(5 * MIN), T0);
    expect(remainingMs(timer, T0 - MIN)).toBe(5 * MIN);
  });

  it('a reload gives the same state: stored as JSON and parsed back, it tells the same time', () => {
    const timer = pauseTimer(startTimer(startTimer(createTimer(5 * MIN), T0), T0), T0 + MIN);
    const running = startTimer(timer, T0 + 2 * MIN);
    const run = {
      stepIndex: 0,
      timer: running,
      speakers: null,
      log: [],
      startedAt: T0,
      finishedAt: null,
    };
    const reloaded = meetingRunSchema.parse(JSON.parse(JSON.stringify(run))).timer;
    expect(reloaded).toEqual(running);
    expect(remainingMs(reloaded, T0 + 4 * MIN)).toBe(remainingMs(running, T0 + 4 * MIN));
  });
});
