import { describe, expect, it } from 'vitest';
import type { ThemeId } from '@/content/ids';
import type { ScoreCounts } from '@/domain/entities/assessment';
import { CLEAR_LEAD, IMPORTANT_SHARE, SUBGROUP_SHARE, recommend } from './recommendation';
import { DISAGREEMENT_SPREAD, summarizeRound } from './scores';

type Tally = Partial<Record<ThemeId, ScoreCounts>>;
const tallied = (tally: Tally) => recommend(summarizeRound([], tally));

describe('recommend', () => {
  it('uses the thresholds the screen states', () => {
    expect([CLEAR_LEAD, IMPORTANT_SHARE, SUBGROUP_SHARE, DISAGREEMENT_SPREAD]).toEqual([
      0.5,
      1 / 2,
      1 / 3,
      1,
    ]);
  });

  it('says nothing without scores', () => {
    expect(tallied({})).toMatchObject({ kind: 'none', reason: 'noScores', themeIds: [], divided: [] });
  });

  it('takes the only scored theme when it is important', () => {
    expect(tallied({ fordybelse: [0, 0, 0, 1, 0] })).toMatchObject({
      kind: 'theme',
      reason: 'onlyTheme',
      themeIds: ['fordybelse'],
    });
  });

  it('does not recommend a theme few find important just for being first (2,0 against 1,0)', () => {
    expect(tallied({ fordybelse: [0, 4, 0, 0, 0], tillid: [4, 0, 0, 0, 0] })).toMatchObject({
      kind: 'none',
      reason: 'noneImportant',
      themeIds: [],
    });
  });

  it('gives Fordybelse its drejebog against a divided Tillid, and names Tillid to talk about', () => {
    // Fordybelse 4,7 with everyone at 4–5; Tillid 3,0 split from 1 to 5.
    const result = tallied({ fordybelse: [0, 0, 0, 2, 4], tillid: [2, 0, 2, 0, 2] });
    expect(result).toMatchObject({
      kind: 'theme',
      reason: 'standsOut',
      themeIds: ['fordybelse'],
      divided: ['tillid'],
    });
    expect(result.topMean).toBeCloseTo(4.67, 2);
    expect(result.nextMean).toBeCloseTo(3);
  });

  it('sends equally important themes to the dialogmøde', () => {
    expect(
      tallied({
        tillid: [0, 0, 0, 5, 0],
        fordybelse: [0, 0, 1, 4, 0],
        retfaerdighed: [0, 0, 2, 3, 0],
        fleksibilitet: [3, 0, 0, 0, 0],
      }),
    ).toMatchObject({
      kind: 'dialogmoede',
      reason: 'equallyImportant',
      themeIds: ['tillid', 'fordybelse', 'retfaerdighed'],
    });
  });

  it('sends all six to the dialogmøde when all six are equally important', () => {
    const all: ScoreCounts = [0, 0, 0, 4, 0];
    expect(
      tallied({
        sammenhaengskraft: all,
        fleksibilitet: all,
        tilgaengelighed: all,
        fordybelse: all,
        tillid: all,
        retfaerdighed: all,
      }),
    ).toMatchObject({ kind: 'dialogmoede', reason: 'equallyImportant' });
  });

  it('is not flipped to a dialogmøde by adding a low-scored theme', () => {
    const two: Tally = { tillid: [0, 0, 0, 0, 4], fordybelse: [0, 0, 2, 2, 0] };
    expect(tallied(two)).toMatchObject({ kind: 'theme', themeIds: ['tillid'] });
    expect(tallied({ ...two, fleksibilitet: [0, 4, 0, 0, 0] })).toMatchObject({
      kind: 'theme',
      themeIds: ['tillid'],
    });
  });

  it('sends themes important to different groups to the dialogmøde when none is important to the whole group', () => {
    expect(
      tallied({ tilgaengelighed: [4, 0, 0, 0, 2], fordybelse: [4, 0, 0, 0, 2], tillid: [0, 6, 0, 0, 0] }),
    ).toMatchObject({
      kind: 'dialogmoede',
      reason: 'differentGroups',
      themeIds: ['tilgaengelighed', 'fordybelse'],
    });
  });

  it('names a single theme important to part of the group without a recommendation', () => {
    expect(tallied({ tilgaengelighed: [4, 0, 0, 0, 2], tillid: [0, 6, 0, 0, 0] })).toMatchObject({
      kind: 'none',
      reason: 'noneImportant',
      divided: ['tilgaengelighed'],
    });
  });

  describe('the 0,5-point lead', () => {
    // Tillid 4,0 against an important Fordybelse exactly 0,5, 0,45 or 0,55 behind (20 answers each).
    it.each<[string, ScoreCounts, Partial<ReturnType<typeof recommend>>]>([
      ['exactly 0,5 behind: Tillid stands out', [0, 0, 10, 10, 0], { kind: 'theme', themeIds: ['tillid'] }],
      [
        '0,45 behind: equally important',
        [0, 0, 9, 11, 0],
        { kind: 'dialogmoede', themeIds: ['tillid', 'fordybelse'] },
      ],
      ['0,55 behind: Tillid stands out', [0, 1, 9, 10, 0], { kind: 'theme', themeIds: ['tillid'] }],
    ])('Fordybelse %s', (_name, fordybelse, expected) => {
      expect(tallied({ tillid: [0, 0, 0, 20, 0], fordybelse })).toMatchObject(expected);
    });
  });

  describe('the share who find a theme important (half gave 4 or 5)', () => {
    it.each<[string, ScoreCounts, string]>([
      ['exactly half', [0, 10, 0, 10, 0], 'theme'],
      ['just under half (9 of 20)', [0, 11, 0, 9, 0], 'none'],
      ['just over half (11 of 20)', [0, 9, 0, 11, 0], 'theme'],
    ])('%s', (_name, tillid, kind) => {
      expect(tallied({ tillid }).kind).toBe(kind);
    });
  });

  describe('the share a divided theme matters to (a third gave 4 or 5)', () => {
    it.each<[string, ScoreCounts, string]>([
      ['exactly a third', [4, 0, 0, 0, 2], 'dialogmoede'],
      ['just under a third (5 of 16)', [11, 0, 0, 0, 5], 'none'],
      ['just over a third (7 of 20)', [13, 0, 0, 0, 7], 'dialogmoede'],
    ])('%s', (_name, tilgaengelighed, kind) => {
      expect(tallied({ tilgaengelighed, fordybelse: [4, 0, 0, 0, 2] }).kind).toBe(kind);
    });
  });

  describe('the spread that makes a theme divided (1 point)', () => {
    it.each<[string, ScoreCounts, string]>([
      ['exactly 1', [1, 0, 3, 2, 0], 'dialogmoede'],
      ['just under 1 (0,94, shown as 0,9)', [0, 0, 4, 0, 2], 'none'],
      // The rule reads the figure the screen shows, so a card that says "Spredning 1,0" is divided.
      ['0,98, shown as 1,0', [0, 0, 3, 0, 2], 'dialogmoede'],
      ['just over 1 (1,02)', [0, 1, 2, 1, 1], 'dialogmoede'],
    ])('%s', (_name, tilgaengelighed, kind) => {
      expect(tallied({ tilgaengelighed, fordybelse: [4, 0, 0, 0, 2] }).kind).toBe(kind);
    });
  });

  it('ignores themes nobody scored', () => {
    expect(tallied({ tillid: [0, 0, 0, 0, 2], fordybelse: [0, 2, 0, 0, 0] })).toMatchObject({
      kind: 'theme',
      reason: 'standsOut',
      themeIds: ['tillid'],
    });
  });
});
