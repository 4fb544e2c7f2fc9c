import { describe, expect, it } from 'vitest';
import { SCORES } from '@/content/ids';
import { scoreSchema } from '@/domain/entities/common';
import { experimentSchema } from '@/domain/entities/experiment';
import { parseScore } from './score-select';

describe('the 1–5 scale, read from content/ids', () => {
  it('parses each score on the scale and nothing beside it', () => {
    expect(SCORES.map((score) => parseScore(String(score)))).toEqual([1, 2, 3, 4, 5]);
    for (const value of ['', '0', '6', '2.5', ' 3', 'x']) expect(parseScore(value)).toBeNull();
  });

  it('is the scale the stored data accepts: 1 and 5 but not 0 or 6', () => {
    expect(scoreSchema.safeParse(1).success).toBe(true);
    expect(scoreSchema.safeParse(5).success).toBe(true);
    expect(scoreSchema.safeParse(0).success).toBe(false);
    expect(scoreSchema.safeParse(6).success).toBe(false);
  });

  it('stores check-ins for weeks 2 and 4 only', () => {
    const shape = experimentSchema.shape.checkIns.unwrap().element.shape.week;
    expect([1, 2, 3, 4, 6].map((week) => shape.safeParse(week).success)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
  });
});
