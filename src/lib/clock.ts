/**
 * The app's time in epoch ms, steadied by the monotonic clock: read from the wall clock once, then
 * advanced by `performance.now()`, so an NTP step or a user setting the system clock mid-meeting does
 * not make a running countdown jump. Timestamps stay epoch ms, so they survive a reload and a second
 * window, and a reload reads the wall clock afresh.
 *
 * One exception: some systems stop the monotonic clock while the laptop sleeps (macOS, Linux). When
 * the wall clock has run ahead of it by more than `SLEEP_GAP_MS`, that is taken as sleep and the wall
 * clock is followed again, so a countdown that ran through a closed lid is right on waking. A wall
 * clock that moves back is never followed: a countdown never runs back up.
 */
export const SLEEP_GAP_MS = 2 * 60_000;

export function steadyClock(
  wall: () => number = () => Date.now(),
  monotonic: () => number = () => performance.now(),
): () => number {
  let anchorWall = wall();
  let anchorMonotonic = monotonic();
  return () => {
    const now = monotonic();
    const steady = anchorWall + (now - anchorMonotonic);
    const wallNow = wall();
    if (wallNow - steady > SLEEP_GAP_MS) {
      anchorWall = wallNow;
      anchorMonotonic = now;
      return wallNow;
    }
    return steady;
  };
}

/** The one place the app reads the time, so tests can set it. */
export const clock = {
  now: steadyClock(),
};

/** Today as ISO `YYYY-MM-DD` in the user's local time zone. */
export function todayIso(nowMs: number = clock.now()): string {
  const d = new Date(nowMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function nowIso(): string {
  return new Date(clock.now()).toISOString();
}
