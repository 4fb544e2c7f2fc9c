import { describe, expect, it } from 'vitest';
import { isCheckInWeek, isScore } from './ids';

// Data from outside (a phone's ballot, a kept answer) is checked against the one scale and weeks.
describe('isScore', () => {
  it.each([1, 2, 3, 4, 5])('takes %s, a score of the vurderingsskema', (value) => {
    expect(isScore(value)).toBe(true);
  });

  it.each([0, 6, -1, 2.5, Number.NaN, '3', null, undefined])('refuses %s', (value) => {
    expect(isScore(value)).toBe(false);
  });
});

describe('isCheckInWeek', () => {
  it.each([2, 4])('takes week %s, a stop op', (value) => {
    expect(isCheckInWeek(value)).toBe(true);
  });

  it.each([0, 1, 3, 5, 6, '2', null])('refuses %s (week 6 is the decision, not a stop op)', (value) => {
    expect(isCheckInWeek(value)).toBe(false);
  });
});
