import type { TimerState } from './entities/meeting';

export const MINUTE_MS = 60_000;

/** A stopped countdown of `durationMs` (ms, at least 0) that has not run yet. */
export function createTimer(durationMs: number): TimerState {
  return { durationMs: Math.max(0, Math.round(durationMs)), startedAt: null, elapsedMs: 0 };
}

/** True while the countdown runs. */
export function isRunning(timer: TimerState): boolean {
  return timer.startedAt !== null;
}

/**
 * Milliseconds run so far at `nowMs` (epoch ms). A clock that went backwards counts as no time,
 * so the countdown never runs back up.
 */
export function elapsedMs(timer: TimerState, nowMs: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, nowMs - timer.startedAt);
  return timer.elapsedMs + running;
}

/** Start or resume at `nowMs` (epoch ms); a running timer is returned as it is. */
export function startTimer(timer: TimerState, nowMs: number): TimerState {
  return timer.startedAt === null ? { ...timer, startedAt: nowMs } : timer;
}

/** Pause at `nowMs` (epoch ms), keeping the time run; a paused timer is returned as it is. */
export function pauseTimer(timer: TimerState, nowMs: number): TimerState {
  if (timer.startedAt === null) return timer;
  return { ...timer, startedAt: null, elapsedMs: elapsedMs(timer, nowMs) };
}

/** Give the countdown more time: `ms` (default one minute) added to its length, running or not. */
export function addTime(timer: TimerState, ms: number = MINUTE_MS): TimerState {
  return { ...timer, durationMs: Math.max(0, timer.durationMs + Math.round(ms)) };
}

/** Milliseconds left at `nowMs`; negative once the time is up (the overtime, as a negative number). */
export function remainingMs(timer: TimerState, nowMs: number): number {
  return timer.durationMs - elapsedMs(timer, nowMs);
}

/** Milliseconds past the end at `nowMs`; 0 while time is left. */
export function overtimeMs(timer: TimerState, nowMs: number): number {
  return Math.max(0, -remainingMs(timer, nowMs));
}

/** True once the whole length has run; a timer that has never run is not up, even at length 0. */
export function isUp(timer: TimerState, nowMs: number): boolean {
  const run = elapsedMs(timer, nowMs);
  return run > 0 && run >= timer.durationMs;
}
