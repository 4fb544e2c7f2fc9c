import type { ThemeId } from '@/content/ids';
import { highShare, rankThemes, type ThemeScoreSummary } from './scores';

/** A theme "stands out" when its mean leads the next theme by at least this many points. */
export const CLEAR_LEAD = 0.5;
/** A theme matters to a group of its own when at least this share gave it 4 or 5 while the group disagrees on it. */
export const SUBGROUP_SHARE = 1 / 3;

export type RecommendationReason =
  /** Nobody has scored anything yet. */
  | 'noScores'
  /** Every scored theme is within CLEAR_LEAD of the others: no place to start stands out. */
  | 'allClose'
  /** One theme leads the next by CLEAR_LEAD or more. */
  | 'standsOut'
  /** Only one theme has scores. */
  | 'onlyTheme'
  /** Two or more themes are within CLEAR_LEAD of the top. */
  | 'closeAtTop'
  /** One theme leads, but another is very important to a part of the group. */
  | 'differentGroups';

export interface Recommendation {
  kind: 'none' | 'theme' | 'dialogmoede';
  reason: RecommendationReason;
  /** The theme(s) to take up, the leading theme first. Empty for kind 'none'. */
  themeIds: ThemeId[];
  /** Mean of the top theme; null without scores. */
  topMean: number | null;
  /** Mean of the best theme not recommended, to show the lead; null when there is none. */
  nextMean: number | null;
}

/**
 * Where to start, by the toolkit's rule: one theme clearly ahead → that theme's drejebog;
 * two or more close at the top, or important to different groups → the dialogmøde with those themes.
 * Themes without scores are ignored; means are on the 1–5 scale.
 */
export function recommend(summaries: readonly ThemeScoreSummary[]): Recommendation {
  const ranked = rankThemes(summaries);
  const top = ranked[0];
  if (!top || top.mean === null) {
    return { kind: 'none', reason: 'noScores', themeIds: [], topMean: null, nextMean: null };
  }
  const topMean = top.mean;
  if (ranked.length === 1) {
    return { kind: 'theme', reason: 'onlyTheme', themeIds: [top.themeId], topMean, nextMean: null };
  }
  const close = ranked.filter((summary) => topMean - (summary.mean ?? 0) < CLEAR_LEAD);
  const firstOutside = ranked[close.length]?.mean ?? null;
  if (close.length === ranked.length && ranked.length > 2) {
    return { kind: 'none', reason: 'allClose', themeIds: [], topMean, nextMean: null };
  }
  if (close.length >= 2) {
    return {
      kind: 'dialogmoede',
      reason: 'closeAtTop',
      themeIds: close.map((summary) => summary.themeId),
      topMean,
      nextMean: firstOutside,
    };
  }
  const split = ranked
    .slice(1)
    .filter((summary) => summary.disagreement && highShare(summary.counts) >= SUBGROUP_SHARE);
  if (split.length > 0) {
    return {
      kind: 'dialogmoede',
      reason: 'differentGroups',
      themeIds: [top.themeId, ...split.map((summary) => summary.themeId)],
      topMean,
      nextMean: ranked[1]?.mean ?? null,
    };
  }
  return {
    kind: 'theme',
    reason: 'standsOut',
    themeIds: [top.themeId],
    topMean,
    nextMean: ranked[1]?.mean ?? null,
  };
}
