import { describe, expect, it } from 'vitest';
import type { ThemeId } from '@/content/ids';
import { effectiveChoice, resultSentences, roundResult, sentenceValues } from './round-result';

const tally = (counts: Partial<Record<ThemeId, [number, number, number, number, number]>>) => ({
  responses: [],
  tally: counts,
});

const format = {
  decimal: (value: number) => value.toFixed(1),
  list: (items: readonly string[]) => items.join(' + '),
};

describe('roundResult', () => {
  it('ranks, recommends and names the divided theme from one pass', () => {
    const result = roundResult(
      tally({ fordybelse: [0, 0, 0, 0, 6], tillid: [3, 0, 0, 0, 3], tilgaengelighed: [0, 6, 0, 0, 0] }),
    );
    expect(result.ranked.map((summary) => summary.themeId)).toEqual([
      'fordybelse',
      'tillid',
      'tilgaengelighed',
    ]);
    expect(result.recommendation).toMatchObject({
      reason: 'standsOut',
      themeIds: ['fordybelse'],
      divided: ['tillid'],
    });
    expect(result.unscored.map((summary) => summary.themeId)).toEqual([
      'sammenhaengskraft',
      'fleksibilitet',
      'retfaerdighed',
    ]);
    expect(result.answers).toBe(6);
  });

  it('says the sentences with the reader’s names and numbers', () => {
    const sentences = resultSentences(
      roundResult(tally({ fordybelse: [0, 0, 0, 0, 6], tillid: [3, 0, 0, 0, 3] })),
    );
    expect(sentences.recommendation.key).toBe('theme');
    expect(sentenceValues(sentences.recommendation, (id) => id.toUpperCase(), format)).toEqual({
      theme: 'FORDYBELSE',
      themeLower: 'fordybelse',
      top: '5.0',
      next: '3.0',
    });
    expect(sentenceValues(sentences.rule, String, format)).toEqual({ lead: '0.5', important: 50, share: 33 });
    expect(sentences.divided?.key).toBe('divided');
    expect(sentences.disagreements.map((sentence) => sentenceValues(sentence, String, format))).toEqual([
      { theme: 'tillid', min: 1, max: 5, spread: '2.0' },
    ]);
    expect(sentences.hiddenNote).toBeNull();
  });

  it('notes hidden distributions only when a scored theme has too few answers', () => {
    expect(resultSentences(roundResult(tally({ tillid: [0, 0, 0, 1, 1] }))).hiddenNote?.key).toBe(
      'hiddenDetail',
    );
    expect(resultSentences(roundResult(tally({ tillid: [0, 0, 1, 1, 1] }))).hiddenNote).toBeNull();
  });
});

describe('effectiveChoice', () => {
  it('is the group’s own choice when it made one, else the recommendation’s', () => {
    const { recommendation } = roundResult(tally({ fordybelse: [0, 0, 0, 0, 6], tillid: [6, 0, 0, 0, 0] }));
    expect(effectiveChoice(null, recommendation)).toEqual({ kind: 'theme', themeId: 'fordybelse' });
    expect(effectiveChoice({ kind: 'theme', themeId: 'tillid' }, recommendation)).toEqual({
      kind: 'theme',
      themeId: 'tillid',
    });
    expect(effectiveChoice(null, roundResult(tally({})).recommendation)).toBeNull();
  });
});
