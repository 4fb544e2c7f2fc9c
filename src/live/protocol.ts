import { isThemeId, THEME_IDS, type Score, type ThemeId } from '@/content/ids';

/**
 * The values sealed into the room's documents (docs/live-protocol.md). Every reader validates what it
 * opens: a document is written by someone else's device, so nothing in it is trusted as typed.
 */
export type LivePhase = 'open' | 'closed' | 'revealed';
export const LIVE_PHASES: readonly LivePhase[] = ['open', 'closed', 'revealed'];

/** How many chose 1, 2, 3, 4 and 5 (index 0 = score 1). */
export type Distribution = readonly [number, number, number, number, number];

/** The board: written by the facilitator only, read by every phone of the room. */
export interface BoardState {
  /** Increases with every write, so a reader can refuse an older value played back to it. */
  seq: number;
  phase: LivePhase;
  roundId: string;
  /** The round's label as the facilitator named it, e.g. "Før forsøget"; may be empty. */
  label: string;
  /** The themes to score, in the toolkit's order. */
  themes: ThemeId[];
  /** Only once the facilitator reveals the result. */
  distribution?: Partial<Record<ThemeId, Distribution>>;
}

/** One phone's ballot: written by that phone only, read by the facilitator only. */
export interface BallotState {
  seq: number;
  roundId: string;
  scores: Partial<Record<ThemeId, Score>>;
}

const MAX_TEXT = 200;
const MAX_COUNT = 10_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSeq = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;

export const isScore = (value: unknown): value is Score =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

function parseDistribution(value: unknown): Distribution | null {
  if (!Array.isArray(value) || value.length !== 5) return null;
  const ok = value.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_COUNT);
  return ok ? (value as unknown as Distribution) : null;
}

/** A board as sent, or null when it is not one; unknown themes are dropped, order follows the toolkit. */
export function parseBoard(value: unknown): BoardState | null {
  if (!isRecord(value) || !isSeq(value.seq) || !isId(value.roundId)) return null;
  if (!LIVE_PHASES.includes(value.phase as LivePhase)) return null;
  if (!Array.isArray(value.themes)) return null;
  const listed = new Set(value.themes.filter(isThemeId));
  const board: BoardState = {
    seq: value.seq,
    phase: value.phase as LivePhase,
    roundId: value.roundId,
    label: typeof value.label === 'string' ? value.label.slice(0, MAX_TEXT) : '',
    themes: THEME_IDS.filter((id) => listed.has(id)),
  };
  if (board.phase === 'revealed' && isRecord(value.distribution)) {
    const distribution: Partial<Record<ThemeId, Distribution>> = {};
    for (const id of board.themes) {
      const counts = parseDistribution(value.distribution[id]);
      if (counts) distribution[id] = counts;
    }
    board.distribution = distribution;
  }
  return board;
}

/** A ballot as sent, or null when it is not one; scores outside 1–5 and unknown themes are dropped. */
export function parseBallot(value: unknown): BallotState | null {
  if (!isRecord(value) || !isSeq(value.seq) || !isId(value.roundId) || !isRecord(value.scores)) return null;
  const scores: Partial<Record<ThemeId, Score>> = {};
  for (const id of THEME_IDS) {
    const score = value.scores[id];
    if (isScore(score)) scores[id] = score;
  }
  return { seq: value.seq, roundId: value.roundId, scores };
}
