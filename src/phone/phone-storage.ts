import { isThemeId, type Score, type ThemeId } from '@/content/ids';
import { isLanguage, type Language } from '@/i18n/languages';
import { isScore, parseBoard, type BoardState } from '@/live/protocol';

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
