import { describe, expect, it } from 'vitest';
import { SLEEP_GAP_MS, steadyClock } from './clock';

/** A wall clock and a monotonic clock the test moves by hand. */
function clocks(startWall = Date.UTC(2026, 10, 23, 9, 0)) {
  const time = { wall: startWall, monotonic: 1_000 };
  const now = steadyClock(
    () => time.wall,
    () => time.monotonic,
  );
  const pass = (ms: number) => {
    time.wall += ms;
    time.monotonic += ms;
  };
  return { time, now, pass, start: startWall };
}

describe('steadyClock', () => {
  it('follows the wall clock while both clocks agree', () => {
    const { now, pass, start } = clocks();
    pass(90_000);
    expect(now()).toBe(start + 90_000);
  });

  it.each([
    ['ahead by five minutes', 5 * 60_000],
    ['ahead by a minute', 60_000],
    ['back by five minutes', -5 * 60_000],
    ['back by a day', -86_400_000],
  ])('ignores a wall clock set %s while time runs on', (_name, jump) => {
    const { time, now, pass, start } = clocks();
    pass(30_000);
    expect(now()).toBe(start + 30_000);
    time.wall += jump;
    pass(10_000);
    // A five-minute step forward is larger than the sleep gap: it counts as sleep (see below).
    const expected = jump > SLEEP_GAP_MS ? start + 40_000 + jump : start + 40_000;
    expect(now()).toBe(expected);
  });

  it('never runs back when the wall clock is set back', () => {
    const { time, now, pass } = clocks();
    const before = now();
    time.wall -= 600_000;
    pass(1);
    expect(now()).toBeGreaterThan(before);
  });

  it.each([
    [SLEEP_GAP_MS, false],
    [SLEEP_GAP_MS + 1, true],
  ])('takes a wall clock %i ms ahead of a stopped monotonic clock as sleep: %s', (gap, followed) => {
    const { time, now, start } = clocks();
    time.wall += gap;
    expect(now()).toBe(followed ? start + gap : start);
  });

  it('counts a closed lid on a system whose monotonic clock stops in sleep, and runs on from there', () => {
    const { time, now, pass, start } = clocks();
    pass(60_000);
    time.wall += 45 * 60_000;
    expect(now()).toBe(start + 46 * 60_000);
    pass(1_000);
    expect(now()).toBe(start + 46 * 60_000 + 1_000);
  });
});
