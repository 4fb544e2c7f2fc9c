import type { ThemeId } from '@/content/ids';
import { highShare, rankThemes, type ThemeScoreSummary } from './scores';

/** Themes whose means lie less than this many points apart count as equally important. */
export const CLEAR_LEAD = 0.5;
/** A theme is important to the group when at least this share gave it 4 or 5 ("vigtigt" to "meget vigtigt"). */
export const IMPORTANT_SHARE = 1 / 2;
/** A divided theme matters to a group of its own when at least this share gave it 4 or 5. */
export const SUBGROUP_SHARE = 1 / 3;

export type RecommendationReason =
  /** Nobody has scored anything yet. */
  | 'noScores'
  /** No theme is important to the group, and no two themes are important to parts of it. */
  | 'noneImportant'
  /** One important theme leads every other important theme by CLEAR_LEAD or more. */
  | 'standsOut'
  /** Only one theme has scores, and it is important. */
  | 'onlyTheme'
  /** Two or more important themes lie within CLEAR_LEAD of the top: "lige vigtige". */
  | 'equallyImportant'
  /** No theme is important to the whole group, but two or more are important to parts of it: "vigtige for forskellige grupper". */
  | 'differentGroups';

export interface Recommendation {
  kind: 'none' | 'theme' | 'dialogmoede';
  reason: RecommendationReason;
  /** The theme(s) to take up, the leading theme first. Empty for kind 'none'. */
  themeIds: ThemeId[];
  /** Themes not recommended that the group sees differently and that matter to part of it: to talk about. */
  divided: ThemeId[];
  /** Mean of the top recommended theme (or of the top scored theme for 'none'); null without scores. */
  topMean: number | null;
  /** Mean of the best scored theme not recommended, to show the lead; null when there is none. */
  nextMean: number | null;
}

/** Whether a theme is important to at least IMPORTANT_SHARE of those who scored it. */
export function isImportant(summary: ThemeScoreSummary): boolean {
  return summary.n > 0 && highShare(summary.counts) >= IMPORTANT_SHARE;
}

/** Whether the group disagrees on a theme (spread ≥ 1 point) while at least SUBGROUP_SHARE find it important. */
function isDividedAndImportantToSome(summary: ThemeScoreSummary): boolean {
  return summary.disagreement && highShare(summary.counts) >= SUBGROUP_SHARE;
}

/** Points between two means, rounded to 1/1000 so 4,1 − 3,6 is not lost to floating point below 0,5. */
function gap(a: number, b: number): number {
  return Math.round((a - b) * 1000) / 1000;
}

/**
 * Where to start, by the skema's own rule: one theme that "træder frem som det vigtigste" → its drejebog;
 * "to eller flere temaer er lige vigtige eller … vigtige for forskellige grupper" → the dialogmøde with them.
 * Importance counts: a theme few find important (4 or 5) is never recommended just for being first.
 * A divided theme outside the recommendation is named in `divided`, never turned into a second table.
 * Themes without scores are ignored; means are on the 1–5 scale. `ranked` is `rankThemes(summaries)`,
 * passed in where the caller has it already.
 */
export function recommend(
  summaries: readonly ThemeScoreSummary[],
  ranked: readonly ThemeScoreSummary[] = rankThemes(summaries),
): Recommendation {
  const top = ranked[0];
  if (!top || top.mean === null) {
    return { kind: 'none', reason: 'noScores', themeIds: [], divided: [], topMean: null, nextMean: null };
  }
  const important = ranked.filter(isImportant);
  const dividedExcept = (chosen: readonly ThemeId[]) =>
    ranked
      .filter((summary) => !chosen.includes(summary.themeId) && isDividedAndImportantToSome(summary))
      .map((summary) => summary.themeId);
  const leader = important[0];
  if (!leader || leader.mean === null) {
    const groups = ranked.filter(isDividedAndImportantToSome).map((summary) => summary.themeId);
    if (groups.length >= 2) {
      return {
        kind: 'dialogmoede',
        reason: 'differentGroups',
        themeIds: groups,
        divided: [],
        topMean: ranked.find((summary) => summary.themeId === groups[0])?.mean ?? null,
        nextMean: null,
      };
    }
    return {
      kind: 'none',
      reason: 'noneImportant',
      themeIds: [],
      divided: groups,
      topMean: top.mean,
      nextMean: null,
    };
  }
  const leadMean = leader.mean;
  const equal = important.filter((summary) => gap(leadMean, summary.mean ?? 0) < CLEAR_LEAD);
  const themeIds = equal.map((summary) => summary.themeId);
  const nextMean = ranked.find((summary) => !themeIds.includes(summary.themeId))?.mean ?? null;
  if (equal.length >= 2) {
    return {
      kind: 'dialogmoede',
      reason: 'equallyImportant',
      themeIds,
      divided: dividedExcept(themeIds),
      topMean: leadMean,
      nextMean,
    };
  }
  return {
    kind: 'theme',
    reason: ranked.length === 1 ? 'onlyTheme' : 'standsOut',
    themeIds,
    divided: dividedExcept(themeIds),
    topMean: leadMean,
    nextMean,
  };
}
