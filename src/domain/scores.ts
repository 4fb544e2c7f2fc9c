import { THEME_IDS, type ThemeId } from '@/content/ids';
import { THEME_TENSIONS } from '@/content/structure';
import type { AssessmentResponse, ScoreCounts } from '@/domain/entities/assessment';

/** Below this many answers on a theme, per-answer detail (distribution, spread) is hidden: it would reveal who said what. */
export const MIN_ANSWERS_FOR_DETAIL = 3;
/** A standard deviation of one point or more on the 1–5 scale: the group sees the theme differently. */
export const DISAGREEMENT_SPREAD = 1;
/** A mean at or above this counts as high, e.g. for both sides of a tension. */
export const HIGH_MEAN = 4;

export interface ThemeScoreSummary {
  themeId: ThemeId;
  /** Number of scores given (blank answers are not counted). */
  n: number;
  /** How many chose 1, 2, 3, 4 and 5 (index 0 = score 1). */
  counts: ScoreCounts;
  /** Null when n is 0. */
  mean: number | null;
  median: number | null;
  /** Population standard deviation in score points; null when n is 0. */
  spread: number | null;
  min: number | null;
  max: number | null;
  /** True when the spread reaches DISAGREEMENT_SPREAD and there are enough answers to say so. */
  disagreement: boolean;
  /** False below MIN_ANSWERS_FOR_DETAIL: show n and mean only. */
  detailVisible: boolean;
}

/** Counts for one theme from individual responses plus a tally; blank scores are skipped. */
export function countScores(
  responses: readonly AssessmentResponse[],
  tally: Partial<Record<ThemeId, ScoreCounts>>,
  themeId: ThemeId,
): ScoreCounts {
  const counts: ScoreCounts = [...(tally[themeId] ?? [0, 0, 0, 0, 0])];
  for (const response of responses) {
    const score = response.scores[themeId];
    if (score !== undefined) counts[score - 1] = (counts[score - 1] ?? 0) + 1;
  }
  return counts;
}

/** The score at a 0-based position of the sorted scores described by counts. */
function scoreAt(counts: ScoreCounts, position: number): number {
  let seen = 0;
  for (let index = 0; index < counts.length; index++) {
    seen += counts[index] ?? 0;
    if (position < seen) return index + 1;
  }
  return counts.length;
}

/** Statistics for one theme from its counts; all null when there are no scores. */
export function summarizeCounts(themeId: ThemeId, counts: ScoreCounts): ThemeScoreSummary {
  const n = counts.reduce((sum, count) => sum + count, 0);
  const empty = {
    themeId,
    n,
    counts,
    mean: null,
    median: null,
    spread: null,
    min: null,
    max: null,
    disagreement: false,
    detailVisible: false,
  };
  if (n === 0) return empty;
  const mean = counts.reduce((sum, count, index) => sum + count * (index + 1), 0) / n;
  const variance = counts.reduce((sum, count, index) => sum + count * (index + 1 - mean) ** 2, 0) / n;
  const median =
    n % 2 === 1 ? scoreAt(counts, (n - 1) / 2) : (scoreAt(counts, n / 2 - 1) + scoreAt(counts, n / 2)) / 2;
  const spread = Math.sqrt(variance);
  const detailVisible = n >= MIN_ANSWERS_FOR_DETAIL;
  return {
    ...empty,
    mean,
    median,
    spread,
    min: counts.findIndex((count) => count > 0) + 1,
    max: counts.length - [...counts].reverse().findIndex((count) => count > 0),
    // Rounded so that a spread of exactly one point is not lost to floating point.
    disagreement: detailVisible && Math.round(spread * 1000) / 1000 >= DISAGREEMENT_SPREAD,
    detailVisible,
  };
}

/** Per-theme statistics of a round (responses plus tally), in the toolkit's theme order. */
export function summarizeRound(
  responses: readonly AssessmentResponse[],
  tally: Partial<Record<ThemeId, ScoreCounts>>,
): ThemeScoreSummary[] {
  return THEME_IDS.map((themeId) => summarizeCounts(themeId, countScores(responses, tally, themeId)));
}

/** How many people answered: individual responses plus the largest tally of any theme. */
export function countAnswers(
  responses: readonly AssessmentResponse[],
  tally: Partial<Record<ThemeId, ScoreCounts>>,
): number {
  const tallied = Object.values(tally).reduce(
    (max, counts) =>
      Math.max(
        max,
        counts.reduce((sum, count) => sum + count, 0),
      ),
    0,
  );
  return responses.length + tallied;
}

/** Themes with scores, highest mean first; ties keep the toolkit's order. Themes without scores are left out. */
export function rankThemes(summaries: readonly ThemeScoreSummary[]): ThemeScoreSummary[] {
  return summaries
    .filter((summary) => summary.mean !== null)
    .map((summary, index) => ({ summary, index }))
    .sort((a, b) => (b.summary.mean ?? 0) - (a.summary.mean ?? 0) || a.index - b.index)
    .map(({ summary }) => summary);
}

/** Themes the group disagrees on, largest spread first. */
export function rankDisagreements(summaries: readonly ThemeScoreSummary[]): ThemeScoreSummary[] {
  return summaries
    .filter((summary) => summary.disagreement)
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0));
}

/** The toolkit's tension pairs where both sides have a mean at or above HIGH_MEAN. */
export function highTensions(summaries: readonly ThemeScoreSummary[]): [ThemeId, ThemeId][] {
  const mean = (id: ThemeId) => summaries.find((summary) => summary.themeId === id)?.mean ?? null;
  return THEME_TENSIONS.filter(([a, b]) => (mean(a) ?? 0) >= HIGH_MEAN && (mean(b) ?? 0) >= HIGH_MEAN).map(
    ([a, b]) => [a, b],
  );
}

/** Share (0–1) of a theme's scores that are 4 or 5; 0 when there are none. */
export function highShare(counts: ScoreCounts): number {
  const n = counts.reduce((sum, count) => sum + count, 0);
  return n === 0 ? 0 : (counts[3] + counts[4]) / n;
}

/** Whether tally counts are whole, non-negative numbers; anything else is refused before saving. */
export function isValidCounts(counts: readonly number[]): counts is ScoreCounts {
  return (
    counts.length === 5 && counts.every((count) => Number.isInteger(count) && count >= 0 && count <= 100_000)
  );
}
