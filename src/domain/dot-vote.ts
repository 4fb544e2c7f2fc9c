/**
 * Dot voting on the board ("prikker"): each phone has a number of dots, may put more than one on an
 * item up to a limit, and the items are ordered by their dots once the vote closes. Pure.
 */

/** Dots per phone unless the facilitator sets another number. */
export const DEFAULT_DOTS = 3;
/** How many of its dots a phone may put on one item unless the facilitator sets another number. */
export const DEFAULT_MAX_PER_ITEM = 2;
/** The most dots the facilitator can give each phone. */
export const MAX_DOTS = 10;

export interface VoteRules {
  /** Dots per phone, 1–MAX_DOTS. */
  dots: number;
  /** Most dots on one item, 1–dots. */
  maxPerItem: number;
}

/** The rules as the facilitator set them, brought within bounds: whole numbers, 1 ≤ max ≤ dots ≤ MAX_DOTS. */
export function voteRules(dots: number = DEFAULT_DOTS, maxPerItem: number = DEFAULT_MAX_PER_ITEM): VoteRules {
  const whole = (n: number, fallback: number) => (Number.isFinite(n) ? Math.trunc(n) : fallback);
  const d = Math.min(MAX_DOTS, Math.max(1, whole(dots, DEFAULT_DOTS)));
  const m = Math.min(d, Math.max(1, whole(maxPerItem, DEFAULT_MAX_PER_ITEM)));
  return { dots: d, maxPerItem: m };
}

/** Dots one phone placed: item id → how many. */
export type Dots = Readonly<Record<string, number>>;

/** How many dots a placement uses. */
export function dotsUsed(dots: Dots): number {
  return Object.values(dots).reduce((sum, n) => sum + n, 0);
}

/**
 * Whether one phone's dots count: every count a whole number from 0 to the item limit, on an item of
 * the vote, and no more dots in all than the budget. A placement that breaks a rule counts not at all
 * (not trimmed: which dots to drop would be a guess).
 */
export function withinBudget(dots: Dots, items: readonly string[], rules: VoteRules): boolean {
  const known = new Set(items);
  for (const [id, n] of Object.entries(dots)) {
    if (!known.has(id) || !Number.isInteger(n) || n < 0 || n > rules.maxPerItem) return false;
  }
  return dotsUsed(dots) <= rules.dots;
}

/** Dots left for a phone to place (never below 0). */
export function dotsLeft(dots: Dots, rules: VoteRules): number {
  return Math.max(0, rules.dots - dotsUsed(dots));
}

/**
 * One phone placing a dot on an item (+1) or taking one off (−1); returns the placement unchanged when
 * the rules refuse it (no dots left, the item's limit reached, nothing to take off).
 */
export function placeDot(dots: Dots, itemId: string, change: 1 | -1, rules: VoteRules): Dots {
  const current = dots[itemId] ?? 0;
  const next = current + change;
  if (next < 0 || next > rules.maxPerItem) return dots;
  if (change > 0 && dotsLeft(dots, rules) === 0) return dots;
  const result: Record<string, number> = { ...dots };
  if (next === 0) delete result[itemId];
  else result[itemId] = next;
  return result;
}

export interface Tally {
  /** Dots per item, every item of the vote listed (0 when none). */
  counts: Record<string, number>;
  /** Phones whose dots counted. */
  voters: number;
  /** Phones whose dots broke the rules and were left out. */
  refused: number;
}

/** Count the placements that keep the rules; a placement over budget is left out as a whole. */
export function tallyVotes(placements: Iterable<Dots>, items: readonly string[], rules: VoteRules): Tally {
  const counts: Record<string, number> = Object.fromEntries(items.map((id) => [id, 0]));
  let voters = 0;
  let refused = 0;
  for (const dots of placements) {
    if (!withinBudget(dots, items, rules)) {
      refused += 1;
      continue;
    }
    if (dotsUsed(dots) === 0) continue;
    voters += 1;
    for (const [id, n] of Object.entries(dots)) counts[id] = (counts[id] ?? 0) + n;
  }
  return { counts, voters, refused };
}

/**
 * The items ordered by their dots, most first; items with the same number keep the order they had
 * (the group's or the board's), and items without a count keep their place after the counted ones.
 */
export function orderByVotes(items: readonly string[], counts: Readonly<Record<string, number>>): string[] {
  return items
    .map((id, index) => ({ id, index, n: counts[id] ?? 0 }))
    .sort((a, b) => b.n - a.n || a.index - b.index)
    .map((entry) => entry.id);
}

/** A board's containers: the ungrouped list first, then each group (domain/board Columns). */
type BoardColumns = Readonly<Record<string, readonly string[]>>;

/**
 * What a vote lists, in the board's order: every proposal (the list, then each group's), or every
 * group that holds a proposal.
 */
export function voteItems(columns: BoardColumns, on: 'proposals' | 'groups', ungrouped: string): string[] {
  if (on === 'proposals') return Object.values(columns).flat();
  return Object.entries(columns)
    .filter(([key, ids]) => key !== ungrouped && ids.length > 0)
    .map(([key]) => key);
}

/**
 * The board ordered by a closed vote: within the list and within each group, proposals by their dots
 * (ties keep their order); in a vote on groups, the groups by their dots after the list. Returns the
 * columns in dnd-kit's shape for the board to write back; the facilitator may move cards after.
 */
export function orderBoardByVotes(
  columns: BoardColumns,
  counts: Readonly<Record<string, number>>,
  on: 'proposals' | 'groups',
  ungrouped: string,
): Record<string, string[]> {
  if (on === 'proposals') {
    return Object.fromEntries(Object.entries(columns).map(([key, ids]) => [key, orderByVotes(ids, counts)]));
  }
  const groups = orderByVotes(
    Object.keys(columns).filter((key) => key !== ungrouped),
    counts,
  );
  const ordered: Record<string, string[]> = { [ungrouped]: [...(columns[ungrouped] ?? [])] };
  for (const key of groups) ordered[key] = [...(columns[key] ?? [])];
  return ordered;
}
