import { isCheckInWeek, isScore, isThemeId, type CheckInWeek, type Score, type ThemeId } from '@/content/ids';
import { isLanguage, type Language } from '@/i18n/languages';
import type { RoomBoard } from '@/live/phone-session';
import {
  MAX_ANSWER_CHARS,
  parseAnyBoard,
  parseBoard,
  parseRoomBallot,
  type BoardState,
  type EndedBoardState,
  type LiveProposal,
} from '@/live/protocol';

/**
 * The phone page's only access to localStorage (the facilitator's app has src/state/storage.ts).
 * A phone keeps, per room: its secret (its ballot's identity, made once), the last seq it used,
 * the last board it saw, and its answer, so a reload or a lost network loses nothing.
 * Every call is wrapped: private mode or a full quota leaves the page working from memory.
 */

export type Scores = Partial<Record<ThemeId, Score>>;

export interface StoredRoom {
  pidSecret: string;
  lastSeq: number;
  /** The last board seen, so a reload without network still shows the round. */
  board: BoardState | null;
  /** The round the answer below belongs to. */
  roundId: string | null;
  /** The form as filled in, sent or not. */
  draft: Scores;
  /** What was last sent in this round, or null. */
  sent: Scores | null;
  /** True while a sent answer is being changed ("Ret mit svar"). */
  editing: boolean;
}

const ROOM_PREFIX = 'servicetjek:phone:';
const LANGUAGE_KEY = 'servicetjek:phone-language';

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    store()?.setItem(key, value);
  } catch {
    // Private mode or a full quota: the page goes on from memory.
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseScores(value: unknown): Scores {
  const scores: Scores = {};
  if (!isRecord(value)) return scores;
  for (const [id, score] of Object.entries(value)) if (isThemeId(id) && isScore(score)) scores[id] = score;
  return scores;
}

/** What this phone kept for the room, or null when it has nothing usable (never joined, or mangled). */
export function loadRoom(sid: string): StoredRoom | null {
  const raw = read(ROOM_PREFIX + sid);
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || typeof value.pidSecret !== 'string' || value.pidSecret.length === 0) return null;
  const lastSeq = Number.isSafeInteger(value.lastSeq) && (value.lastSeq as number) >= 0 ? value.lastSeq : 0;
  return {
    pidSecret: value.pidSecret,
    lastSeq: lastSeq as number,
    board: value.board === null ? null : parseBoard(value.board),
    roundId: typeof value.roundId === 'string' ? value.roundId : null,
    draft: parseScores(value.draft),
    sent: value.sent === null || value.sent === undefined ? null : parseScores(value.sent),
    editing: value.editing === true,
  };
}

export function saveRoom(sid: string, room: StoredRoom): void {
  write(ROOM_PREFIX + sid, JSON.stringify(room));
}

/** The language chosen on this phone, or null before any choice. */
export function loadLanguage(): Language | null {
  const value = read(LANGUAGE_KEY);
  return isLanguage(value) ? value : null;
}

export function saveLanguage(language: Language): void {
  write(LANGUAGE_KEY, language);
}

/* ---- A meeting's or a stop op's room (issue #17): kept apart from the round's answer above ---- */

/** What the phone has written in a meeting, kept so a reload sends the same again. */
export interface KeptMeeting {
  meetingId: string;
  proposals: LiveProposal[];
  /** The phone's dots in the vote named by voteKey (its items), so a new vote starts from none. */
  dots: Record<string, number>;
  voteKey: string | null;
  /** The dialogmøde table this phone sits at, or null. */
  table: number | null;
}

/** A stop op's answers as filled in; sent is true once sent (editing while it is being changed). */
export interface KeptStopOp {
  experimentId: string;
  week: CheckInWeek;
  learned: string;
  continueWith: string;
  adjust: string;
  score: Score | null;
  sent: boolean;
  editing: boolean;
}

export interface KeptRoomAnswers {
  /** The last meeting or stop op board seen, and its sentAt less the phone's clock when it came. */
  board: RoomBoard | null;
  clockOffset: number;
  meeting: KeptMeeting | null;
  stopOp: KeptStopOp | null;
}

const ANSWERS_PREFIX = 'servicetjek:phone-room:';

const str = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

function parseKeptMeeting(value: unknown): KeptMeeting | null {
  if (!isRecord(value) || typeof value.meetingId !== 'string') return null;
  // The ballot's own reader checks proposals and dots; what it refuses starts afresh.
  const ballot = parseRoomBallot({ seq: 0, kind: 'meeting', ...value });
  if (!ballot || ballot.kind !== 'meeting') return null;
  return {
    meetingId: ballot.meetingId,
    proposals: ballot.proposals,
    dots: ballot.dots,
    voteKey: typeof value.voteKey === 'string' ? value.voteKey : null,
    table: Number.isSafeInteger(value.table) && (value.table as number) > 0 ? (value.table as number) : null,
  };
}

function parseKeptStopOp(value: unknown): KeptStopOp | null {
  if (!isRecord(value) || typeof value.experimentId !== 'string' || !isCheckInWeek(value.week)) return null;
  return {
    experimentId: value.experimentId,
    week: value.week,
    learned: str(value.learned, MAX_ANSWER_CHARS),
    continueWith: str(value.continueWith, MAX_ANSWER_CHARS),
    adjust: str(value.adjust, MAX_ANSWER_CHARS),
    score: isScore(value.score) ? value.score : null,
    sent: value.sent === true,
    editing: value.editing === true,
  };
}

/** What this phone kept of a meeting or stop op in the room; empty when nothing (or nothing usable). */
export function loadRoomAnswers(sid: string): KeptRoomAnswers {
  const empty: KeptRoomAnswers = { board: null, clockOffset: 0, meeting: null, stopOp: null };
  const raw = read(ANSWERS_PREFIX + sid);
  if (raw === null) return empty;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return empty;
  }
  if (!isRecord(value)) return empty;
  const board = parseAnyBoard(value.board);
  return {
    board: board && (board.kind === 'meeting' || board.kind === 'stopOp') ? board : null,
    clockOffset:
      typeof value.clockOffset === 'number' && Number.isFinite(value.clockOffset) ? value.clockOffset : 0,
    meeting: parseKeptMeeting(value.meeting),
    stopOp: parseKeptStopOp(value.stopOp),
  };
}

export function saveRoomAnswers(sid: string, answers: KeptRoomAnswers): void {
  write(ANSWERS_PREFIX + sid, JSON.stringify(answers));
}

/* ---- A room the facilitator ended: final, since its keys are forgotten and never used again ---- */

const ENDED_PREFIX = 'servicetjek:phone-ended:';

/** The ended board this phone saw for the room, or null: then the page shows it without connecting. */
export function loadEnded(sid: string): EndedBoardState | null {
  const raw = read(ENDED_PREFIX + sid);
  if (raw === null) return null;
  try {
    const board = parseAnyBoard(JSON.parse(raw));
    return board?.kind === 'ended' ? board : null;
  } catch {
    return null;
  }
}

export function saveEnded(sid: string, ended: EndedBoardState): void {
  write(ENDED_PREFIX + sid, JSON.stringify(ended));
}
