import { describe, expect, it } from 'vitest';
import type { AssessmentResponse, ScoreCounts } from '@/domain/entities/assessment';
import {
  countAnswers,
  countAnswersPerTheme,
  countScores,
  meanChange,
  roundShown,
  highTensions,
  HIGH_MEAN,
  isValidCounts,
  MIN_ANSWERS_FOR_DETAIL,
  rankDisagreements,
  rankThemes,
  summarizeCounts,
  summarizeRound,
} from './scores';

function response(scores: AssessmentResponse['scores']): AssessmentResponse {
  return { id: crypto.randomUUID(), name: '', scores, source: 'sheet', createdAt: '2026-01-01T10:00:00Z' };
}

describe('summarizeCounts', () => {
  it.each<[string, ScoreCounts, number | null, number | null, number | null]>([
    ['no scores gives no statistics', [0, 0, 0, 0, 0], null, null, null],
    ['one score is its own mean and median', [0, 0, 0, 1, 0], 4, 4, 0],
    ['all equal has no spread', [0, 0, 5, 0, 0], 3, 3, 0],
    ['an even count takes the middle two for the median', [1, 0, 0, 0, 1], 3, 3, 2],
    ['odd count median is the middle score', [1, 1, 0, 0, 1], 8 / 3, 2, Math.sqrt(26 / 9)],
    ['median between two different scores', [0, 1, 1, 0, 0], 2.5, 2.5, 0.5],
  ])('%s', (_name, counts, mean, median, spread) => {
    const summary = summarizeCounts('tillid', counts);
    const rounded = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
    expect(rounded(summary.mean)).toBe(rounded(mean));
    expect(summary.median).toBe(median);
    expect(rounded(summary.spread)).toBe(rounded(spread));
  });

  it.each<[string, ScoreCounts, boolean, boolean]>([
    ['two answers hide detail even when far apart', [1, 0, 0, 0, 1], false, false],
    ['three answers show detail', [1, 1, 1, 0, 0], true, false],
    ['a spread of exactly one point counts as disagreement', [2, 0, 0, 2, 0], true, true],
    ['close answers are agreement', [0, 0, 4, 4, 0], true, false],
    // The rule reads the spread as shown with one decimal, so the card and the callout agree.
    ['a spread of 0.948, shown as 0,9, is agreement', [0, 4, 4, 4, 1], true, false],
    ['a spread of 0.954, shown as 1,0, is disagreement', [0, 4, 4, 2, 1], true, true],
    ['a spread of 0.980, shown as 1,0, is disagreement', [0, 0, 3, 0, 2], true, true],
  ])('%s', (_name, counts, detailVisible, disagreement) => {
    const summary = summarizeCounts('tillid', counts);
    expect(summary.detailVisible).toBe(detailVisible);
    expect(summary.disagreement).toBe(disagreement);
  });

  it('reports the lowest and highest score given', () => {
    expect(summarizeCounts('tillid', [0, 2, 0, 3, 0])).toMatchObject({ min: 2, max: 4 });
  });
});

describe('countScores and summarizeRound', () => {
  it('adds the tally to individual responses and skips blank scores', () => {
    const responses = [response({ tillid: 5, fordybelse: 2 }), response({ tillid: 4 })];
    expect(countScores(responses, { tillid: [1, 0, 0, 0, 0] }, 'tillid')).toEqual([1, 0, 0, 1, 1]);
    expect(countScores(responses, {}, 'fordybelse')).toEqual([0, 1, 0, 0, 0]);
    const round = summarizeRound(responses, {});
    expect(round.map((s) => s.n)).toEqual([0, 0, 0, 1, 2, 0]);
  });

  it('counts people as responses plus the largest tally', () => {
    expect(
      countAnswers([response({ tillid: 1 })], { tillid: [1, 1, 0, 0, 0], fordybelse: [0, 0, 3, 0, 0] }),
    ).toBe(4);
  });
});

describe('rankThemes', () => {
  it('puts the highest mean first, keeps toolkit order on ties and leaves out unscored themes', () => {
    const round = summarizeRound([response({ tillid: 3, fleksibilitet: 3, fordybelse: 5 })], {});
    expect(rankThemes(round).map((s) => s.themeId)).toEqual(['fordybelse', 'fleksibilitet', 'tillid']);
  });
});

describe('rankDisagreements', () => {
  it('lists themes with a spread of one point or more, largest first', () => {
    const round = [
      summarizeCounts('tillid', [2, 0, 0, 0, 2]),
      summarizeCounts('fordybelse', [0, 2, 0, 2, 0]),
      summarizeCounts('fleksibilitet', [0, 0, 4, 0, 0]),
    ];
    expect(rankDisagreements(round).map((s) => s.themeId)).toEqual(['tillid', 'fordybelse']);
  });
});

describe('highTensions', () => {
  it.each<[string, Partial<Record<string, ScoreCounts>>, string[][]]>([
    [
      'both sides high',
      { fordybelse: [0, 0, 0, 3, 0], tilgaengelighed: [0, 0, 0, 0, 3] },
      [['fordybelse', 'tilgaengelighed']],
    ],
    ['one side high only', { fordybelse: [0, 0, 0, 3, 0], tilgaengelighed: [0, 0, 3, 0, 0] }, []],
    [
      'flexibility against both cohesion and fairness',
      { fleksibilitet: [0, 0, 0, 0, 3], sammenhaengskraft: [0, 0, 0, 3, 0], retfaerdighed: [0, 0, 0, 3, 0] },
      [
        ['fleksibilitet', 'sammenhaengskraft'],
        ['fleksibilitet', 'retfaerdighed'],
      ],
    ],
  ])('%s', (_name, tally, expected) => {
    expect(highTensions(summarizeRound([], tally))).toEqual(expected);
  });
});

describe('isValidCounts', () => {
  it.each<[number[], boolean]>([
    [[0, 1, 2, 3, 4], true],
    [[0, -1, 0, 0, 0], false],
    [[0, 1.5, 0, 0, 0], false],
    [[0, 0, 0, 0], false],
    [[0, NaN, 0, 0, 0], false],
  ])('%j is valid: %s', (counts, valid) => {
    expect(isValidCounts(counts)).toBe(valid);
  });
});

describe('roundShown', () => {
  it.each([
    [0.949, 0.9],
    [0.95, 1],
    [0.96, 1],
    [1.05, 1.1],
    [3.34, 3.3],
    [3.35, 3.4],
    [4.999, 5],
  ])('shows %f as %f', (value, shown) => {
    expect(roundShown(value)).toBe(shown);
  });
});

describe('meanChange', () => {
  it.each<[number | null, number | null, number | null]>([
    // 3,3 → 3,6 reads "up 0,3" although the unrounded means differ by 0.22.
    [3.34, 3.56, 0.3],
    // 3,4 → 3,6 reads "up 0,2" although the unrounded means differ by 0.29.
    [3.35, 3.64, 0.2],
    // 4,0 → 4,0 is no change although the unrounded means fell by 0.08.
    [4.04, 3.96, 0],
    [3.6, 3.3, -0.3],
    [1, 5, 4],
    [null, 3, null],
    [3, null, null],
  ])('from %s to %s is %s', (before, after, change) => {
    expect(meanChange(before, after)).toBe(change);
  });
});

describe('countAnswersPerTheme', () => {
  it('gives one figure when every theme of the tally has the same total', () => {
    // Themes left out of the tally are unscored, not a different total.
    expect(countAnswersPerTheme([response({ tillid: 4 })], { tillid: [0, 1, 2, 3, 5] })).toEqual({
      kind: 'same',
      count: 12,
    });
    const even = Object.fromEntries(
      ['sammenhaengskraft', 'fleksibilitet', 'tilgaengelighed', 'fordybelse', 'tillid', 'retfaerdighed'].map(
        (id) => [id, [1, 2, 3, 4, 1] as ScoreCounts],
      ),
    );
    expect(countAnswersPerTheme([response({ tillid: 4 }), response({})], even)).toEqual({
      kind: 'same',
      count: 13,
    });
  });

  it('gives the count per theme when the tally totals differ, including individual scores', () => {
    const result = countAnswersPerTheme([response({ tillid: 4 })], {
      sammenhaengskraft: [0, 0, 5, 6, 0],
      fleksibilitet: [0, 0, 5, 5, 0],
      tilgaengelighed: [0, 0, 5, 6, 0],
      fordybelse: [0, 0, 5, 6, 0],
      tillid: [0, 0, 5, 6, 0],
      retfaerdighed: [0, 0, 5, 6, 0],
    });
    expect(result).toEqual({
      kind: 'perTheme',
      perTheme: [
        { themeId: 'sammenhaengskraft', n: 11 },
        { themeId: 'fleksibilitet', n: 10 },
        { themeId: 'tilgaengelighed', n: 11 },
        { themeId: 'fordybelse', n: 11 },
        { themeId: 'tillid', n: 12 },
        { themeId: 'retfaerdighed', n: 11 },
      ],
      min: 10,
      max: 12,
    });
  });

  it('counts responses with a blank theme as one answer each when there is no tally', () => {
    expect(countAnswersPerTheme([response({ tillid: 4 }), response({ fordybelse: 2 })], {})).toEqual({
      kind: 'same',
      count: 2,
    });
  });
});

describe('the thresholds at, just below and just above', () => {
  it.each<[string, ScoreCounts, boolean]>([
    ['two answers, one under the floor', [1, 0, 0, 0, 1], false],
    ['three answers, at the floor', [1, 0, 1, 0, 1], true],
    ['four answers, one over it', [1, 1, 1, 1, 0], true],
  ])(`shows the distribution from ${MIN_ANSWERS_FOR_DETAIL} answers: %s`, (_name, counts, visible) => {
    expect(summarizeCounts('tillid', counts).detailVisible).toBe(visible);
  });

  it.each<[string, ScoreCounts, boolean]>([
    ['a mean of exactly 4,0', [0, 0, 0, 20, 0], true],
    // Read as shown: 3,95 is shown as 4,0, so it is high; 3,94 is shown as 3,9.
    ['3,95, shown as 4,0', [0, 0, 1, 19, 0], true],
    ['3,94, just under as shown (3,9)', [0, 0, 3, 47, 0], false],
    ['4,05, just over', [0, 0, 0, 19, 1], true],
  ])(`names a tension when both sides reach ${HIGH_MEAN}: %s`, (_name, fordybelse, named) => {
    const tensions = highTensions(summarizeRound([], { fordybelse, tilgaengelighed: [0, 0, 0, 0, 20] }));
    expect(tensions.length > 0).toBe(named);
  });
});
