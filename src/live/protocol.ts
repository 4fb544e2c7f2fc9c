import {
  isCheckInWeek,
  isScore,
  isThemeId,
  THEME_IDS,
  type CheckInWeek,
  type Score,
  type ThemeId,
} from '@/content/ids';

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
  /** A round's board has no kind (meeting and stop op boards have one). */
  kind?: undefined;
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
  /** A round's ballot has no kind (meeting and stop op ballots have one). */
  kind?: undefined;
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

/* ------------------------------------------------------------------------------------------------ *
 * Meeting rooms (issue #17). A board with `kind` is not a round's board: a round's board has none,
 * so phones and facilitators that know only rounds refuse these (parseBoard needs a roundId).
 * ------------------------------------------------------------------------------------------------ */

/** What happens in a step, as the drejebog's structure names it (content/structure.ts StepActivity). */
export const STEP_ACTIVITIES = [
  'welcome',
  'reflection',
  'speakerRound',
  'proposalReflection',
  'proposalRound',
  'decision',
  'groupWork',
  'groupReport',
  'clustering',
  'closing',
] as const;
export type LiveStepActivity = (typeof STEP_ACTIVITIES)[number];

/** Longest proposal a phone may send, in characters. */
export const MAX_PROPOSAL_CHARS = 500;
/** Most proposals one phone's ballot may carry; more and the ballot's proposals are refused. */
export const MAX_PROPOSALS_PER_PHONE = 20;
/** Longest answer to one stop op question, in characters. */
export const MAX_ANSWER_CHARS = 1000;
/** Most items a dot vote lists. */
export const MAX_VOTE_ITEMS = 200;
/** Most reflection questions or tables a board lists. */
const MAX_LIST = 20;
/** Most dots one phone can be given (domain/dot-vote MAX_DOTS). */
const MAX_DOTS_ON_BOARD = 10;

/** A countdown exactly as the run keeps it (entities/meeting TimerState), on the facilitator's clock. */
export interface LiveTimer {
  durationMs: number;
  /** Epoch ms on the facilitator's clock when it last started; null while paused. */
  startedAt: number | null;
  elapsedMs: number;
}

export interface LiveStep {
  /** 0-based place in the drejebog, and how many steps it has. */
  index: number;
  count: number;
  /** The step's id in the drejebog (content/structure.ts), e.g. "reflection". */
  id: string;
  title: string;
  activity: LiveStepActivity;
  timer: LiveTimer | null;
  /** The step's reflection questions, during *Individuel refleksion* only (else empty). */
  questions: string[];
  /** In a speaker round: who is speaking (0-based) of how many, shown "Taler 3 af 12". */
  speaker: { index: number; count: number } | null;
}

export interface LiveVoteItem {
  id: string;
  text: string;
}

/** A dot vote as the phones see it. */
export interface LiveVote {
  phase: 'open' | 'closed';
  on: 'proposals' | 'groups';
  /** Dots each phone has, and the most it may put on one item. */
  dots: number;
  maxPerItem: number;
  /** Accepted proposals (or groups) in the board's order when the vote opened. */
  items: LiveVoteItem[];
  /** Dots per item: only once the vote is closed. */
  counts?: Record<string, number>;
}

/** One step of a dialogmøde table's process: its drejebog's step as the facilitator's toolkit words it. */
export interface LiveTableStep {
  /** The step's number in the theme's drejebog (2–5). */
  number: number;
  title: string;
  /** The toolkit's wording of its duration, e.g. "5 minutter"; may be empty. */
  duration: string;
  /** The step's lead-in and paragraphs. */
  lines: string[];
  questions: string[];
}

export interface LiveTable {
  number: number;
  themeId: ThemeId;
  /** The table's process (its theme's drejebog steps 2–5), while the tables work; else absent. */
  process?: LiveTableStep[];
}

export interface MeetingBoardState {
  seq: number;
  kind: 'meeting';
  meetingId: string;
  /** The meeting's name, e.g. "Tillid" or "Dialogmøde med flere temaer: Tillid, Fordybelse". */
  title: string;
  /** The facilitator's clock when written: a phone compares it with its own to read the countdown. */
  sentAt: number;
  /** The step on screen; null before the run starts. */
  step: LiveStep | null;
  /** The run is over. */
  finished: boolean;
  /** The dialogmøde's tables (number from 1, its theme); empty in a single-theme meeting. */
  tables: LiveTable[];
  /** Whether phones may send proposals now, and for which themes (a dialogmøde table's, or the one). */
  proposals: { open: boolean; themes: ThemeId[] };
  vote: LiveVote | null;
}

/** A stop op (check-in after week 2 or 4) answered from phones. */
export interface StopOpBoardState {
  seq: number;
  kind: 'stopOp';
  experimentId: string;
  week: CheckInWeek;
  /** The experiment's theme to re-score; null when it has none (then no re-score is asked). */
  themeId: ThemeId | null;
  /** The experiment's "Hvad", as the team wrote it. */
  title: string;
  phase: 'open' | 'closed';
}

/** What kind of room a board was for: a round's, a meeting's or a stop op's. */
export type LiveRoomKind = 'round' | 'meeting' | 'stopOp';
export const LIVE_ROOM_KINDS: readonly LiveRoomKind[] = ['round', 'meeting', 'stopOp'];

/**
 * The last board of a room the facilitator ended ("Afslut"): it replaces the room's last board, so
 * a phone that is open, reloads or scans the old QR code learns the room is over, and what it was.
 * The room's keys are forgotten with it, so an ended room never opens again.
 */
export interface EndedBoardState {
  seq: number;
  kind: 'ended';
  /** The room that ended. */
  of: LiveRoomKind;
  /** The round's label, the meeting's name or the stop op's experiment, as the last board had it. */
  title: string;
}

export type AnyBoardState = BoardState | MeetingBoardState | StopOpBoardState | EndedBoardState;

/** A proposal as a phone sends it; `id` is made by the phone and is unique within its ballot. */
export interface LiveProposal {
  id: string;
  text: string;
  themeId: ThemeId | null;
}

export interface MeetingBallotState {
  seq: number;
  kind: 'meeting';
  meetingId: string;
  /** Every proposal this phone has sent in the meeting (kept, so a reload sends them again). */
  proposals: LiveProposal[];
  /** The phone's dots in the open vote: item id → how many. Checked against the vote's rules. */
  dots: Record<string, number>;
}

export interface StopOpBallotState {
  seq: number;
  kind: 'stopOp';
  experimentId: string;
  week: CheckInWeek;
  learned: string;
  continueWith: string;
  adjust: string;
  score: Score | null;
}

export type RoomBallotState = MeetingBallotState | StopOpBallotState;

const isIndex = (value: unknown, max = MAX_COUNT): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');

function parseTimer(value: unknown): LiveTimer | null {
  if (!isRecord(value) || !isTime(value.durationMs) || !isTime(value.elapsedMs)) return null;
  if (value.startedAt !== null && !isTime(value.startedAt)) return null;
  return { durationMs: value.durationMs, startedAt: value.startedAt, elapsedMs: value.elapsedMs };
}

function parseStep(value: unknown): LiveStep | null {
  if (!isRecord(value) || !isIndex(value.index) || !isIndex(value.count) || value.index >= value.count)
    return null;
  if (!isId(value.id) || !STEP_ACTIVITIES.includes(value.activity as LiveStepActivity)) return null;
  const questions = Array.isArray(value.questions)
    ? value.questions
        .filter((q): q is string => typeof q === 'string')
        .slice(0, MAX_LIST)
        .map((q) => q.slice(0, MAX_ANSWER_CHARS))
    : [];
  let speaker: LiveStep['speaker'] = null;
  if (isRecord(value.speaker)) {
    const { index, count } = value.speaker;
    if (isIndex(index) && isIndex(count) && count > 0 && index < count) speaker = { index, count };
  }
  const activity = value.activity as LiveStepActivity;
  return {
    index: value.index,
    count: value.count,
    id: value.id,
    title: text(value.title, MAX_TEXT),
    activity,
    timer: parseTimer(value.timer),
    questions: activity === 'reflection' || activity === 'proposalReflection' ? questions : [],
    speaker: activity === 'speakerRound' ? speaker : null,
  };
}

const themesIn = (value: unknown): ThemeId[] => {
  const listed = new Set(Array.isArray(value) ? value.filter(isThemeId) : []);
  return THEME_IDS.filter((id) => listed.has(id));
};

function parseVote(value: unknown): LiveVote | null {
  if (!isRecord(value) || (value.phase !== 'open' && value.phase !== 'closed')) return null;
  if (value.on !== 'proposals' && value.on !== 'groups') return null;
  const { dots, maxPerItem } = value;
  if (!isIndex(dots, MAX_DOTS_ON_BOARD) || dots < 1) return null;
  if (!isIndex(maxPerItem, dots) || maxPerItem < 1) return null;
  if (!Array.isArray(value.items) || value.items.length > MAX_VOTE_ITEMS) return null;
  const items: LiveVoteItem[] = [];
  const seen = new Set<string>();
  for (const item of value.items) {
    if (!isRecord(item) || !isId(item.id) || seen.has(item.id)) return null;
    seen.add(item.id);
    items.push({ id: item.id, text: text(item.text, MAX_PROPOSAL_CHARS) });
  }
  const vote: LiveVote = { phase: value.phase, on: value.on, dots, maxPerItem, items };
  // The count is hidden until the vote closes: a board that shows it while open is not believed.
  if (vote.phase === 'closed' && isRecord(value.counts)) {
    const counts: Record<string, number> = {};
    for (const item of items) {
      const n = value.counts[item.id];
      counts[item.id] = isIndex(n) ? n : 0;
    }
    vote.counts = counts;
  }
  return vote;
}

/** Most steps a table's process lists. */
const MAX_TABLE_STEPS = 8;

const texts = (value: unknown): string[] =>
  Array.isArray(value)
    ? value
        .filter((line): line is string => typeof line === 'string')
        .slice(0, MAX_LIST)
        .map((line) => line.slice(0, MAX_ANSWER_CHARS))
    : [];

/** A table's process as sent; a step that does not parse is left out, a process that is no list is none. */
function parseTableProcess(value: unknown): LiveTableStep[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const steps: LiveTableStep[] = [];
  for (const step of value.slice(0, MAX_TABLE_STEPS)) {
    if (!isRecord(step) || !isIndex(step.number, 99) || typeof step.title !== 'string') continue;
    steps.push({
      number: step.number,
      title: text(step.title, MAX_TEXT),
      duration: text(step.duration, MAX_TEXT),
      lines: texts(step.lines),
      questions: texts(step.questions),
    });
  }
  return steps;
}

function parseMeetingBoard(value: Record<string, unknown>): MeetingBoardState | null {
  if (!isSeq(value.seq) || !isId(value.meetingId) || !isTime(value.sentAt)) return null;
  const step = value.step === null ? null : parseStep(value.step);
  if (value.step !== null && !step) return null;
  const tables: MeetingBoardState['tables'] = [];
  if (Array.isArray(value.tables)) {
    for (const table of value.tables.slice(0, MAX_LIST)) {
      if (isRecord(table) && isIndex(table.number) && table.number > 0 && isThemeId(table.themeId)) {
        const process = parseTableProcess(table.process);
        tables.push({ number: table.number, themeId: table.themeId, ...(process ? { process } : {}) });
      }
    }
  }
  const proposals = isRecord(value.proposals) ? value.proposals : {};
  return {
    seq: value.seq,
    kind: 'meeting',
    meetingId: value.meetingId,
    title: text(value.title, MAX_TEXT),
    sentAt: value.sentAt,
    step,
    finished: value.finished === true,
    tables,
    proposals: { open: proposals.open === true, themes: themesIn(proposals.themes) },
    vote: value.vote == null ? null : parseVote(value.vote),
  };
}

function parseStopOpBoard(value: Record<string, unknown>): StopOpBoardState | null {
  if (!isSeq(value.seq) || !isId(value.experimentId) || !isCheckInWeek(value.week)) return null;
  if (value.phase !== 'open' && value.phase !== 'closed') return null;
  return {
    seq: value.seq,
    kind: 'stopOp',
    experimentId: value.experimentId,
    week: value.week,
    themeId: isThemeId(value.themeId) ? value.themeId : null,
    title: text(value.title, MAX_PROPOSAL_CHARS),
    phase: value.phase,
  };
}

function parseEndedBoard(value: Record<string, unknown>): EndedBoardState | null {
  if (!isSeq(value.seq) || !LIVE_ROOM_KINDS.includes(value.of as LiveRoomKind)) return null;
  return {
    seq: value.seq,
    kind: 'ended',
    of: value.of as LiveRoomKind,
    title: text(value.title, MAX_PROPOSAL_CHARS),
  };
}

/** Any board: a round's (no `kind`), a meeting's, a stop op's or an ended room's; null when none of them. */
export function parseAnyBoard(value: unknown): AnyBoardState | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'meeting') return parseMeetingBoard(value);
  if (value.kind === 'stopOp') return parseStopOpBoard(value);
  if (value.kind === 'ended') return parseEndedBoard(value);
  if (value.kind !== undefined) return null;
  return parseBoard(value);
}

const PROPOSAL_ID = /^[A-Za-z0-9_-]{1,40}$/;

function parseProposals(value: unknown): LiveProposal[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_PROPOSALS_PER_PHONE) return null;
  const proposals: LiveProposal[] = [];
  const seen = new Set<string>();
  for (const item of value) {
    if (!isRecord(item) || typeof item.id !== 'string' || !PROPOSAL_ID.test(item.id) || seen.has(item.id))
      return null;
    if (typeof item.text !== 'string') return null;
    const words = item.text.trim();
    // Too long is refused, not cut: a cut proposal would say something its sender did not.
    if (words.length === 0 || words.length > MAX_PROPOSAL_CHARS) continue;
    seen.add(item.id);
    proposals.push({ id: item.id, text: words, themeId: isThemeId(item.themeId) ? item.themeId : null });
  }
  return proposals;
}

/**
 * Dots as sent: whole numbers from 1 to the most a phone can have, on at most the most items a vote
 * lists; zeros are left out. Whether they keep the vote's budget is the tally's check (domain/dot-vote),
 * which leaves out a phone over budget as a whole.
 */
function parseDots(value: unknown): Record<string, number> | null {
  if (value === undefined) return {};
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_VOTE_ITEMS) return null;
  const dots: Record<string, number> = {};
  for (const [id, n] of entries) {
    if (!isId(id) || !isIndex(n, MAX_DOTS_ON_BOARD)) return null;
    if (n > 0) dots[id] = n;
  }
  return dots;
}

function parseMeetingBallot(value: Record<string, unknown>): MeetingBallotState | null {
  if (!isSeq(value.seq) || !isId(value.meetingId)) return null;
  const proposals = parseProposals(value.proposals);
  const dots = parseDots(value.dots);
  if (!proposals || !dots) return null;
  return { seq: value.seq, kind: 'meeting', meetingId: value.meetingId, proposals, dots };
}

function parseStopOpBallot(value: Record<string, unknown>): StopOpBallotState | null {
  if (!isSeq(value.seq) || !isId(value.experimentId) || !isCheckInWeek(value.week)) return null;
  const answers = [value.learned, value.continueWith, value.adjust];
  if (answers.some((a) => a !== undefined && (typeof a !== 'string' || a.length > MAX_ANSWER_CHARS)))
    return null;
  return {
    seq: value.seq,
    kind: 'stopOp',
    experimentId: value.experimentId,
    week: value.week,
    learned: text(value.learned, MAX_ANSWER_CHARS).trim(),
    continueWith: text(value.continueWith, MAX_ANSWER_CHARS).trim(),
    adjust: text(value.adjust, MAX_ANSWER_CHARS).trim(),
    score: isScore(value.score) ? value.score : null,
  };
}

/** A ballot of a meeting or a stop op room; null for a round's ballot or anything else. */
export function parseRoomBallot(value: unknown): RoomBallotState | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'meeting') return parseMeetingBallot(value);
  if (value.kind === 'stopOp') return parseStopOpBallot(value);
  return null;
}
