// @ts-check
/**
 * Node clients for the relay tests and the benchmark: the real Hocuspocus 3.x provider over `ws`,
 * one socket per device with its documents multiplexed on it, as the browser side does.
 */
import { createHash, randomBytes } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** @param {number} bytes */
export const secret = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** @param {string} pidSecret */
export const pidOf = (pidSecret) => createHash('sha256').update(pidSecret, 'utf8').digest('hex').slice(0, 32);

/** A room as the facilitator's app makes it: id, facilitator secret and join token. */
export function newRoom() {
  return { sid: secret(16), fac: secret(), join: secret() };
}

/** @typedef {ReturnType<typeof newRoom>} TestRoom */

/** @param {TestRoom} room */
export const facilitatorToken = (room) =>
  JSON.stringify({ v: 1, role: 'facilitator', sid: room.sid, fac: room.fac, join: room.join });

/**
 * @param {TestRoom} room
 * @param {string} pidSecret
 * @param {string} [join]
 */
export const phoneToken = (room, pidSecret, join = room.join) =>
  JSON.stringify({ v: 1, role: 'phone', sid: room.sid, join, pid: pidSecret });

/** @param {TestRoom} room */
export const boardName = (room) => `${room.sid}/board`;
/** @param {TestRoom} room @param {string} pid */
export const ballotName = (room, pid) => `${room.sid}/b/${pid}`;

/**
 * One device's socket to the relay. `frames` keeps every message it received, to prove what
 * never reached it; `closes` every close event.
 * @param {string} url
 * @param {{ origin?: string, headers?: Record<string, string> }} [options]
 */
export function openSocket(url, options = {}) {
  const { origin, headers } = options;
  const Polyfill =
    origin || headers
      ? class extends WebSocket {
          /** @param {string} address @param {string | string[]} [protocols] */
          constructor(address, protocols) {
            super(address, protocols, { ...(origin ? { origin } : {}), ...(headers ? { headers } : {}) });
          }
        }
      : WebSocket;
  /** @type {Buffer[]} */
  const frames = [];
  /** @type {{ code: number, reason: string }[]} */
  const closes = [];
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: Polyfill,
    delay: 200,
    minDelay: 200,
    maxDelay: 1000,
    // 3.x emits the socket's own MessageEvent here, not the `{ event }` its types describe.
    onMessage: (/** @type {unknown} */ payload) => {
      frames.push(Buffer.from(/** @type {ArrayBuffer} */ (/** @type {{ data: unknown }} */ (payload).data)));
    },
    onClose: ({ event }) => {
      closes.push({ code: event.code, reason: String(event.reason) });
    },
  });
  return {
    socket,
    frames,
    closes,
    /** Whether any received frame contains this text. */
    /** @param {string} text */
    received: (text) => frames.some((frame) => frame.includes(Buffer.from(text, 'utf8'))),
    destroy: () => socket.destroy(),
  };
}

/** @typedef {ReturnType<typeof openSocket>} TestSocket */

/**
 * Opens a document over a socket; `outcome` resolves with the relay's answer.
 * @param {TestSocket} device
 * @param {string} name
 * @param {string} token
 */
export function openDocument(device, name, token) {
  const doc = new Y.Doc();
  /** @type {(value: { ok: true, scope: string } | { ok: false, reason: string }) => void} */
  let settle = () => {};
  /** @type {Promise<{ ok: true, scope: string } | { ok: false, reason: string }>} */
  const outcome = new Promise((resolve) => {
    settle = resolve;
  });
  /** @type {() => void} */
  let onSynced = () => {};
  const synced = new Promise((resolve) => {
    onSynced = () => resolve(undefined);
  });
  const provider = new HocuspocusProvider({
    websocketProvider: device.socket,
    name,
    token,
    document: doc,
    onAuthenticated: ({ scope }) => settle({ ok: true, scope }),
    onAuthenticationFailed: ({ reason }) => settle({ ok: false, reason }),
    onSynced,
  });
  provider.attach();
  const sealed = doc.getMap('sealed');
  return { doc, provider, outcome, synced, sealed };
}

/**
 * Polls until `check` returns true, or fails after `timeoutMs`.
 * @param {() => boolean} check
 * @param {string} what
 * @param {number} [timeoutMs]
 */
export async function waitFor(check, what, timeoutMs = 5000) {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
