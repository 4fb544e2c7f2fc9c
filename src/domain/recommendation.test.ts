import { describe, expect, it } from 'vitest';
import type { ThemeId } from '@/content/ids';
import type { ScoreCounts } from '@/domain/entities/assessment';
import { recommend } from './recommendation';
import { summarizeRound } from './scores';

const tallied = (tally: Partial<Record<ThemeId, ScoreCounts>>) => recommend(summarizeRound([], tally));

describe('recommend', () => {
  it('says nothing without scores', () => {
    expect(tallied({})).toMatchObject({ kind: 'none', reason: 'noScores', themeIds: [] });
  });

  it('takes the only scored theme from a single answer', () => {
    expect(tallied({ fordybelse: [0, 0, 0, 1, 0] })).toMatchObject({
      kind: 'theme',
      reason: 'onlyTheme',
      themeIds: ['fordybelse'],
    });
  });

  it('recommends the drejebog of a theme half a point or more ahead', () => {
    const result = tallied({
      fordybelse: [0, 0, 0, 2, 3],
      tillid: [0, 0, 2, 3, 0],
      fleksibilitet: [0, 2, 3, 0, 0],
    });
    expect(result).toMatchObject({ kind: 'theme', reason: 'standsOut', themeIds: ['fordybelse'] });
    expect(result.topMean).toBeCloseTo(4.6);
    expect(result.nextMean).toBeCloseTo(3.6);
  });

  it.each<[string, Partial<Record<ThemeId, ScoreCounts>>, ThemeId[]]>([
    [
      'a tie at the top',
      { tillid: [0, 0, 0, 2, 0], fordybelse: [0, 0, 0, 2, 0], fleksibilitet: [2, 0, 0, 0, 0] },
      ['fordybelse', 'tillid'],
    ],
    [
      'three within half a point',
      {
        tillid: [0, 0, 0, 5, 0],
        fordybelse: [0, 0, 1, 4, 0],
        retfaerdighed: [0, 0, 2, 3, 0],
        fleksibilitet: [3, 0, 0, 0, 0],
      },
      ['tillid', 'fordybelse', 'retfaerdighed'],
    ],
    [
      'two themes scored the same',
      { tillid: [0, 0, 1, 0, 0], fordybelse: [0, 0, 1, 0, 0] },
      ['fordybelse', 'tillid'],
    ],
  ])('recommends the dialogmøde for %s', (_name, tally, themeIds) => {
    expect(tallied(tally)).toMatchObject({ kind: 'dialogmoede', reason: 'closeAtTop', themeIds });
  });

  it('gives no recommendation when all themes score the same', () => {
    const all: ScoreCounts = [0, 0, 4, 0, 0];
    expect(
      tallied({
        sammenhaengskraft: all,
        fleksibilitet: all,
        tilgaengelighed: all,
        fordybelse: all,
        tillid: all,
        retfaerdighed: all,
      }),
    ).toMatchObject({ kind: 'none', reason: 'allClose' });
  });

  it('brings in a theme that matters a lot to part of the group', () => {
    expect(
      tallied({
        fordybelse: [0, 0, 0, 3, 3],
        tilgaengelighed: [3, 0, 0, 0, 3],
        tillid: [0, 0, 6, 0, 0],
      }),
    ).toMatchObject({
      kind: 'dialogmoede',
      reason: 'differentGroups',
      themeIds: ['fordybelse', 'tilgaengelighed'],
    });
  });

  it('ignores themes nobody scored when deciding a lead', () => {
    expect(tallied({ tillid: [0, 0, 0, 0, 2], fordybelse: [0, 2, 0, 0, 0] })).toMatchObject({
      kind: 'theme',
      reason: 'standsOut',
      themeIds: ['tillid'],
    });
  });
});
