import { THEME_IDS, type ThemeId } from '@/content/ids';
import { THEME_TENSIONS } from '@/content/structure';
import type { AssessmentResponse, ScoreCounts } from '@/domain/entities/assessment';

/** Below this many answers on a theme, per-answer detail (distribution, spread) is hidden: it would reveal who said what. */
export const MIN_ANSWERS_FOR_DETAIL = 3;
/** A standard deviation of one point or more on the 1–5 scale: the group sees the theme differently. */
export const DISAGREEMENT_SPREAD = 1;
/** A mean at or above this counts as high, e.g. for both sides of a tension. */
export const HIGH_MEAN = 4;

/** Means, medians and spreads are shown with one decimal; every rule that is read beside them uses that figure. */
export const SHOWN_DECIMALS = 1;

/** A score figure rounded as the screen and the PDF show it (one decimal, half up): 0.96 → 1.0. */
export function roundShown(value: number): number {
  const factor = 10 ** SHOWN_DECIMALS;
  // The small nudge keeps 1.05 (stored as 1.04999…) rounding the way it reads.
  return Math.round(value * factor + 1e-9) / factor;
}

/**
 * Score figures and lists in one locale, the one way the screens and the PDFs say them: one decimal as
 * the rules read them (roundShown), so 4.56 is "4,6" in Danish everywhere.
 */
export function scoreFormat(locale: string) {
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return {
    /** 4.56 → "4,6" in Danish: the figure the domain's rules read (roundShown). */
    decimal: (value: number) => oneDecimal.format(roundShown(value)),
    /** A change with its sign: "+0,3", "−0,3", "0,0". */
    signed: (value: number) => signed.format(roundShown(value)),
    list: (items: readonly string[]) => list.format(items),
  };
}

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
  /**
   * True when the spread as shown (one decimal) reaches DISAGREEMENT_SPREAD and there are enough
   * answers to say so, so a card reading "Spredning 1,0" is always counted as disagreement.
   */
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
    disagreement: detailVisible && roundShown(spread) >= DISAGREEMENT_SPREAD,
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

/**
 * How many answered, said truthfully: one number when every theme has the same count, otherwise
 * the count per theme (a tally typed theme by theme can have 11 for one theme and 10 for another).
 */
export type AnswerCount =
  | { kind: 'same'; count: number }
  | { kind: 'perTheme'; perTheme: readonly { themeId: ThemeId; n: number }[]; min: number; max: number };

/**
 * The answers of a round per theme (scores given, blanks not counted). When the tally's themes have
 * different totals, one headline figure would contradict the theme cards, so the count per theme is
 * given instead (for the themes that have answers). Themes with no tally at all do not count as different. Individual responses with a blank theme do not split the figure: those people did
 * answer, and the theme's own n says how many scored it.
 */
export function countAnswersPerTheme(
  responses: readonly AssessmentResponse[],
  tally: Partial<Record<ThemeId, ScoreCounts>>,
): AnswerCount {
  // Themes left out of the tally are named as unscored elsewhere; they do not split the figure.
  const tallied = THEME_IDS.map((themeId) =>
    (tally[themeId] ?? [0, 0, 0, 0, 0]).reduce((a, b) => a + b, 0),
  ).filter((total) => total > 0);
  const even = tallied.every((total) => total === tallied[0]);
  if (even) return { kind: 'same', count: responses.length + (tallied[0] ?? 0) };
  const perTheme = THEME_IDS.map((themeId) => ({
    themeId,
    n: countScores(responses, tally, themeId).reduce((a, b) => a + b, 0),
  })).filter(({ n }) => n > 0);
  const ns = perTheme.map(({ n }) => n);
  return { kind: 'perTheme', perTheme, min: Math.min(...ns), max: Math.max(...ns) };
}

/**
 * The change of a theme's mean between two rounds, from the figures as shown, so 3,3 → 3,6 reads
 * "up 0,3" even when the unrounded means differ by 0.22. Null when either round has no mean.
 */
export function meanChange(before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null;
  return roundShown(roundShown(after) - roundShown(before));
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

/**
 * The toolkit's tension pairs where both sides have a mean at or above HIGH_MEAN, read as shown
 * (3,95 is shown as 4,0 and counts as high), so the sentence's figures always meet the rule.
 */
export function highTensions(summaries: readonly ThemeScoreSummary[]): [ThemeId, ThemeId][] {
  const high = (id: ThemeId) => {
    const mean = summaries.find((summary) => summary.themeId === id)?.mean ?? null;
    return mean !== null && roundShown(mean) >= HIGH_MEAN;
  };
  return THEME_TENSIONS.filter(([a, b]) => high(a) && high(b)).map(([a, b]) => [a, b]);
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
