// @ts-check
/**
 * The few bits of the Hocuspocus wire format the relay reads before Hocuspocus does: a message is
 * varString(document name), varUint(type), then the type's body (lib0 encoding, as y-protocols
 * writes it). The relay reads the name and type of every message and rewrites a phone's awareness
 * update; it never reads a document's content.
 */

/** Hocuspocus 3.x message types (packages/server/src/types.ts). */
export const MessageType = Object.freeze({
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  SyncReply: 4,
  Stateless: 5,
  BroadcastStateless: 6,
  Close: 7,
});

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

/** A cursor over a message; every read throws a RangeError past the end. */
export class Reader {
  /** @param {Uint8Array} bytes */
  constructor(bytes) {
    this.bytes = bytes;
    this.pos = 0;
  }

  /** @returns {number} */
  varUint() {
    let value = 0;
    let multiplier = 1;
    for (let shift = 0; shift < 53; shift += 7) {
      if (this.pos >= this.bytes.length) throw new RangeError('message ends inside a number');
      const byte = /** @type {number} */ (this.bytes[this.pos++]);
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
    }
    throw new RangeError('number too long');
  }

  /** @returns {Uint8Array} */
  varBytes() {
    const length = this.varUint();
    if (this.pos + length > this.bytes.length) throw new RangeError('message ends inside a field');
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  /** @returns {string} */
  varString() {
    return utf8Decoder.decode(this.varBytes());
  }
}

/** Grows a message byte by byte. */
export class Writer {
  constructor() {
    /** @type {number[]} */
    this.bytes = [];
  }

  /** @param {number} value */
  varUint(value) {
    let rest = value;
    while (rest > 0x7f) {
      this.bytes.push((rest % 128) | 0x80);
      rest = Math.floor(rest / 128);
    }
    this.bytes.push(rest);
    return this;
  }

  /** @param {Uint8Array} bytes */
  varBytes(bytes) {
    this.varUint(bytes.length);
    for (const byte of bytes) this.bytes.push(byte);
    return this;
  }

  /** @param {string} text */
  varString(text) {
    return this.varBytes(utf8Encoder.encode(text));
  }

  toUint8Array() {
    return Uint8Array.from(this.bytes);
  }
}

/**
 * The document name and type at the head of a message, or null when the head does not parse.
 * @param {Uint8Array} data
 * @returns {{ documentName: string, type: number, reader: Reader } | null}
 */
export function readHead(data) {
  try {
    const reader = new Reader(data);
    const documentName = reader.varString();
    const type = reader.varUint();
    return { documentName, type, reader };
  } catch {
    return null;
  }
}

/**
 * @typedef {object} AwarenessEntry
 * @property {number} clientId
 * @property {number} clock
 * @property {string} state the state as JSON text, "null" when the client leaves
 */

/**
 * The entries of an awareness update (y-protocols: varUint count, then clientID, clock, JSON state).
 * @param {Uint8Array} update
 * @returns {AwarenessEntry[]}
 */
export function readAwarenessUpdate(update) {
  const reader = new Reader(update);
  const count = reader.varUint();
  /** @type {AwarenessEntry[]} */
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    const clientId = reader.varUint();
    const clock = reader.varUint();
    const state = reader.varString();
    entries.push({ clientId, clock, state });
  }
  return entries;
}

/**
 * A whole awareness message for `documentName` carrying `entries`.
 * @param {string} documentName
 * @param {AwarenessEntry[]} entries
 */
export function writeAwarenessMessage(documentName, entries) {
  const update = new Writer().varUint(entries.length);
  for (const entry of entries) update.varUint(entry.clientId).varUint(entry.clock).varString(entry.state);
  return new Writer()
    .varString(documentName)
    .varUint(MessageType.Awareness)
    .varBytes(update.toUint8Array())
    .toUint8Array();
}
