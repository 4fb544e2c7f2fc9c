// @ts-check
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The rooms the relay knows: per room only the SHA-256 of the facilitator's secret and of the join
 * token, and who is connected. Memory only. With Redis, the two hashes are also kept in Redis (with
 * an expiry, never on disk when Redis runs without persistence) so that a phone on another relay
 * finds the room its facilitator registered.
 */

/** @param {string} text */
export const sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** @param {string} a @param {string} b */
export function sameHash(a, b) {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/**
 * @typedef {object} Room
 * @property {string} facHash
 * @property {string} joinHash
 * @property {number} connections document connections held in this relay
 * @property {Map<string, number>} phones pid → document connections held in this relay
 * @property {NodeJS.Timeout | undefined} forgetTimer
 * @property {Uint8Array | undefined} board the board's sealed Yjs state when its last holder left
 */

/**
 * The part of an ioredis client the registry uses.
 * @typedef {object} RedisCommands
 * @property {(key: string, value: string, px: 'PX', ms: number, nx: 'NX') => Promise<unknown>} set
 * @property {(key: string) => Promise<string | null>} get
 * @property {(key: string, ms: number) => Promise<unknown>} pexpire
 */

export class RoomError extends Error {
  /** @param {string} reason */
  constructor(reason) {
    super();
    this.name = 'RoomError';
    this.reason = reason;
  }
}

const REDIS_TIMEOUT_MS = 2000;

/**
 * @template T
 * @param {Promise<T>} promise
 * @returns {Promise<T>}
 */
function withTimeout(promise) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new RoomError('unavailable')), REDIS_TIMEOUT_MS);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
}

export class Rooms {
  /**
   * @param {object} options
   * @param {number} options.ttlMs a room is forgotten this long after its last connection closes
   * @param {number} options.maxRooms
   * @param {RedisCommands} [options.redis]
   */
  constructor({ ttlMs, maxRooms, redis }) {
    this.ttlMs = ttlMs;
    this.maxRooms = maxRooms;
    this.redis = redis;
    /** @type {Map<string, Room>} */
    this.rooms = new Map();
    /** @type {NodeJS.Timeout | undefined} */
    this.refreshTimer = undefined;
    if (redis) {
      // While this relay holds a room, keep its Redis key alive; another relay's last close
      // must not make the room expire under our feet.
      const every = Math.max(50, Math.min(Math.floor(ttlMs / 2), 60_000));
      this.refreshTimer = setInterval(() => this.refreshHeld(), every);
      this.refreshTimer.unref();
    }
  }

  get size() {
    return this.rooms.size;
  }

  /** @param {string} sid */
  key(sid) {
    return `servicetjek:room:${sid}`;
  }

  /**
   * @param {string} facHash
   * @param {string} joinHash
   * @returns {Room}
   */
  newRoom(facHash, joinHash) {
    return { facHash, joinHash, connections: 0, phones: new Map(), forgetTimer: undefined, board: undefined };
  }

  /**
   * A room this relay knows, or one another relay registered in Redis.
   * @param {string} sid
   * @returns {Promise<Room | undefined>}
   */
  async find(sid) {
    const local = this.rooms.get(sid);
    if (local || !this.redis) return local;
    const stored = await withTimeout(this.redis.get(this.key(sid)));
    if (!stored) return undefined;
    return this.adopt(sid, stored);
  }

  /**
   * @param {string} sid
   * @param {string} stored
   * @returns {Room | undefined}
   */
  adopt(sid, stored) {
    const again = this.rooms.get(sid);
    if (again) return again;
    /** @type {unknown} */
    let parsed;
    try {
      parsed = JSON.parse(stored);
    } catch {
      return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { facHash, joinHash } = /** @type {Record<string, unknown>} */ (parsed);
    if (typeof facHash !== 'string' || typeof joinHash !== 'string') return undefined;
    if (this.rooms.size >= this.maxRooms) throw new RoomError('too-many-rooms');
    const room = this.newRoom(facHash, joinHash);
    this.rooms.set(sid, room);
    this.scheduleForget(sid, room);
    return room;
  }

  /**
   * Registers a room for its facilitator; when it exists (here or in Redis), returns it unchanged.
   * @param {string} sid
   * @param {string} facHash
   * @param {string} joinHash
   * @returns {Promise<Room>}
   */
  async register(sid, facHash, joinHash) {
    const existing = await this.find(sid);
    if (existing) return existing;
    if (this.rooms.size >= this.maxRooms) throw new RoomError('too-many-rooms');
    if (this.redis) {
      const value = JSON.stringify({ facHash, joinHash });
      const created = await withTimeout(this.redis.set(this.key(sid), value, 'PX', this.ttlMs, 'NX'));
      if (created !== 'OK') {
        // Another relay registered it a moment ago: take what it stored.
        const stored = await withTimeout(this.redis.get(this.key(sid)));
        const room = stored ? this.adopt(sid, stored) : undefined;
        if (!room) throw new RoomError('unavailable');
        return room;
      }
    }
    const raced = this.rooms.get(sid);
    if (raced) return raced;
    const room = this.newRoom(facHash, joinHash);
    this.rooms.set(sid, room);
    this.scheduleForget(sid, room);
    return room;
  }

  /**
   * One more document connection in the room; `pid` for a phone's.
   * @param {string} sid
   * @param {Room} room
   * @param {string} [pid]
   */
  hold(sid, room, pid) {
    room.connections += 1;
    if (pid) room.phones.set(pid, (room.phones.get(pid) ?? 0) + 1);
    if (room.forgetTimer) clearTimeout(room.forgetTimer);
    room.forgetTimer = undefined;
    if (this.rooms.get(sid) !== room) this.rooms.set(sid, room);
    this.touch(sid);
  }

  /**
   * @param {string} sid
   * @param {Room} room
   * @param {string} [pid]
   */
  release(sid, room, pid) {
    room.connections = Math.max(0, room.connections - 1);
    if (pid) {
      const left = (room.phones.get(pid) ?? 1) - 1;
      if (left > 0) room.phones.set(pid, left);
      else room.phones.delete(pid);
    }
    if (room.connections === 0) {
      this.touch(sid);
      this.scheduleForget(sid, room);
    }
  }

  /**
   * @param {string} sid
   * @param {Room} room
   */
  scheduleForget(sid, room) {
    if (room.forgetTimer) clearTimeout(room.forgetTimer);
    room.forgetTimer = setTimeout(() => {
      if (room.connections === 0 && this.rooms.get(sid) === room) this.rooms.delete(sid);
    }, this.ttlMs);
    room.forgetTimer.unref();
  }

  /**
   * Keeps the board's state (sealed values the relay cannot open) with the room, in memory only.
   * @param {string} sid
   * @param {Uint8Array} state
   */
  keepBoard(sid, state) {
    const room = this.rooms.get(sid);
    if (room) room.board = state;
  }

  /**
   * The board kept when its last holder left, if the room is still known here.
   * @param {string} sid
   * @returns {Uint8Array | undefined}
   */
  keptBoard(sid) {
    return this.rooms.get(sid)?.board;
  }

  /** @param {string} sid */
  touch(sid) {
    if (!this.redis) return;
    withTimeout(this.redis.pexpire(this.key(sid), this.ttlMs)).catch(() => {});
  }

  refreshHeld() {
    for (const [sid, room] of this.rooms) if (room.connections > 0) this.touch(sid);
  }

  close() {
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    for (const room of this.rooms.values()) if (room.forgetTimer) clearTimeout(room.forgetTimer);
    this.rooms.clear();
  }
}
