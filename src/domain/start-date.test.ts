import { describe, expect, it } from 'vitest';
import { nextMonday } from './start-date';

describe('nextMonday', () => {
  it.each([
    ['2026-11-22', '2026-11-23'],
    ['2026-11-23', '2026-11-30'],
    ['2026-11-27', '2026-11-30'],
    ['2026-12-29', '2027-01-04'],
  ])('from %s is %s', (today, expected) => {
    expect(nextMonday(today)).toBe(expected);
  });
});
