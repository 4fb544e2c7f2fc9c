// @ts-check
import { Server } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import * as Y from 'yjs';
import { RoomError, Rooms, sameHash, sha256Hex } from './rooms.mjs';
import { MessageType, readAwarenessUpdate, readHead, writeAwarenessMessage } from './wire.mjs';

/**
 * The live relay (docs/live-protocol.md): Hocuspocus 3.x in memory, with the protocol's access rules
 * in `onAuthenticate`, and a gate in front of Hocuspocus that bounds what a socket may send and
 * strips a phone's awareness down to its own `{ pid }`. It forwards sealed values it cannot open.
 */

/**
 * @typedef {object} RelayLimits
 * @property {number} roomTtlMs a room is forgotten this long after its last connection closes
 * @property {number} maxRooms rooms this relay holds at once
 * @property {number} maxPhonesPerRoom phones (distinct pids) connected to one room
 * @property {number} maxMessageBytes largest message a client may send
 * @property {number} maxConnectionsPerAddress open sockets from one address
 */

/** @type {RelayLimits} */
export const DEFAULT_LIMITS = Object.freeze({
  // A meeting's lunch break with the laptop shut, and the room's QR code still works after it.
  roomTtlMs: 2 * 60 * 60 * 1000,
  maxRooms: 500,
  maxPhonesPerRoom: 100,
  maxMessageBytes: 64 * 1024,
  // A town hall's meeting rooms can all sit behind one Wi-Fi address: several rooms of 60 phones,
  // each reconnecting now and then, must fit.
  maxConnectionsPerAddress: 1000,
});

/**
 * @typedef {object} RelayOptions
 * @property {string} [host] address to listen on (default 127.0.0.1)
 * @property {number} [port] 0 picks a free port (default 1234)
 * @property {string[] | '*'} [allowedOrigins] browser origins allowed to connect; unset: the relay's
 *   own host name and loopback only; '*': any origin
 * @property {Partial<RelayLimits>} [limits]
 * @property {string} [redis] redis:// URL: relays that share one Redis serve the same rooms
 * @property {boolean} [trustProxy] take the client's address from X-Forwarded-For / X-Real-IP
 * @property {(line: string) => void} [log] one line per connection and refusal (default: stdout)
 */

/**
 * @typedef {object} Relay
 * @property {string} url ws:// address clients connect to
 * @property {number} port
 * @property {() => { rooms: number, connections: number }} stats
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} Access what one authenticated document connection may do
 * @property {string} documentName
 * @property {string} sid
 * @property {'facilitator' | 'phone'} role
 * @property {'board' | 'ballot'} kind
 * @property {string | undefined} pid the phone's own pid (phones only)
 * @property {boolean} write
 * @property {import('./rooms.mjs').Room} room
 * @property {SocketState} socket
 * @property {boolean} held
 * @property {number | undefined} clientId the awareness client this connection speaks for (phones)
 */

/**
 * @typedef {object} SocketState
 * @property {import('ws').WebSocket} ws
 * @property {string} address
 * @property {string | undefined} refusal set when the socket is refused before any document
 * @property {Map<string, Access | 'pending' | 'refused'>} docs
 * @property {Map<string, number>} queued messages held for a document until its auth completes
 * @property {number} refusals
 * @property {boolean} alive
 * @property {boolean} closing
 */

export { REFUSAL_REASONS } from './refusal-reasons.mjs';

const SID = /^[A-Za-z0-9_-]{16,64}$/;
const SECRET = /^[A-Za-z0-9_-]{22,128}$/;
const DOCUMENT = /^([A-Za-z0-9_-]{16,64})\/(?:board|b\/([0-9a-f]{32}))$/;
/** Messages a socket may send for a document before its auth is answered (sync step 1, awareness…). */
const MAX_QUEUED_PER_DOCUMENT = 16;
/** Refused documents on one socket before the relay closes it. */
const MAX_REFUSALS_PER_SOCKET = 20;
/** A refused socket that never asks for a document is closed after this. */
const REFUSED_SOCKET_GRACE_MS = 10_000;
const HEARTBEAT_MS = 30_000;
const CLOSE_CODES = /** @type {Record<string, number>} */ ({
  origin: 4403,
  forbidden: 4403,
  'too-many-connections': 4429,
  'message-too-large': 1009,
  'bad-message': 1007,
});
const PASSED_TYPES = /** @type {Set<number>} */ (
  new Set([
    MessageType.Sync,
    MessageType.Awareness,
    MessageType.QueryAwareness,
    MessageType.SyncReply,
    MessageType.Close,
  ])
);

/** @param {string} reason */
const refusal = (reason) => new RoomError(reason);

/** The room id as logs show it: enough to tell rooms apart, too little to join one. */
const short = (/** @type {string | undefined} */ sid) => (sid ? sid.slice(0, 6) : '-');

/** @param {string} documentName */
function parseDocumentName(documentName) {
  const match = DOCUMENT.exec(documentName);
  if (!match) return null;
  const sid = /** @type {string} */ (match[1]);
  const pid = match[2];
  return pid
    ? { sid, kind: /** @type {const} */ ('ballot'), pid }
    : { sid, kind: /** @type {const} */ ('board') };
}

/**
 * @param {string} token
 * @returns {{ role: 'facilitator', sid: string, fac: string, join: string } | { role: 'phone', sid: string, join: string, pid: string }}
 */
function parseToken(token) {
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(token);
  } catch {
    throw refusal('bad-token');
  }
  if (typeof value !== 'object' || value === null) throw refusal('bad-token');
  const { v, role, sid, fac, join, pid } = /** @type {Record<string, unknown>} */ (value);
  const isSecret = (/** @type {unknown} */ s) => typeof s === 'string' && SECRET.test(s);
  if (v !== 1 || typeof sid !== 'string' || !SID.test(sid) || !isSecret(join)) throw refusal('bad-token');
  if (role === 'facilitator' && isSecret(fac)) {
    return { role, sid, fac: /** @type {string} */ (fac), join: /** @type {string} */ (join) };
  }
  if (role === 'phone' && isSecret(pid)) {
    return { role, sid, join: /** @type {string} */ (join), pid: /** @type {string} */ (pid) };
  }
  throw refusal('bad-token');
}

/** @param {string} hostname */
function isLoopback(hostname) {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/**
 * @param {string | undefined} origin
 * @param {string | undefined} host the request's Host header
 * @param {Set<string> | '*' | undefined} allowed
 */
function originAllowed(origin, host, allowed) {
  // No Origin: not a browser. Origin checks keep other web pages' scripts out; a program can send
  // any Origin it likes, so refusing a missing one would protect nothing.
  if (origin === undefined) return true;
  if (allowed === '*') return true;
  /** @type {URL} */
  let url;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (allowed) return allowed.has(url.origin);
  if (isLoopback(url.hostname)) return true;
  try {
    return host !== undefined && url.hostname === new URL(`http://${host}`).hostname;
  } catch {
    return false;
  }
}

/** @param {string} value */
function withoutPort(value) {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) return /** @type {string} */ (bracketed[1]);
  const v4 = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(value);
  return v4 ? /** @type {string} */ (v4[1]) : value;
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {boolean} trustProxy
 */
function clientAddress(request, trustProxy) {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    // The last entry is the one the nearest proxy added; earlier ones are whatever the client sent.
    const nearest = list.at(-1);
    if (nearest) return withoutPort(nearest);
    const real = request.headers['x-real-ip'];
    if (typeof real === 'string' && real.trim()) return withoutPort(real.trim());
  }
  return request.socket.remoteAddress ?? 'unknown';
}

/** @param {string | string[] | '*' | undefined} allowedOrigins */
function normaliseOrigins(allowedOrigins) {
  if (allowedOrigins === undefined) return undefined;
  if (allowedOrigins === '*') return '*';
  const list = typeof allowedOrigins === 'string' ? [allowedOrigins] : allowedOrigins;
  if (list.includes('*')) return '*';
  return new Set(
    list.map((entry) => {
      const origin = new URL(entry).origin;
      if (origin === 'null') throw new Error(`Not an origin: ${entry}`);
      return origin;
    }),
  );
}

/** @param {string} url */
function redisExtension(url) {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new Error(`RELAY_REDIS_URL must start with redis:// or rediss://, not ${parsed.protocol}`);
  }
  const db = Number(parsed.pathname.slice(1) || 0);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    prefix: 'servicetjek',
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(Number.isInteger(db) && db > 0 ? { db } : {}),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  });
}

/** @param {string} line */
const defaultLog = (line) => console.log(`${new Date().toISOString()} ${line}`);

/**
 * Starts a relay and resolves once it listens.
 * @param {RelayOptions} [options]
 * @returns {Promise<Relay>}
 */
export async function startRelay(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 1)
      throw new Error(`Limit ${name} must be a whole number ≥ 1`);
  }
  const allowed = normaliseOrigins(options.allowedOrigins);
  const trustProxy = options.trustProxy ?? false;
  const log = options.log ?? defaultLog;
  const redis = options.redis ? redisExtension(options.redis) : undefined;
  const rooms = new Rooms({
    ttlMs: limits.roomTtlMs,
    maxRooms: limits.maxRooms,
    redis: /** @type {import('./rooms.mjs').RedisCommands | undefined} */ (
      /** @type {unknown} */ (redis?.pub)
    ),
  });
  // A facilitator opens the board and one ballot per phone over its one socket.
  const maxDocumentsPerSocket = limits.maxPhonesPerRoom * 2 + 2;

  /** @type {WeakMap<import('node:http').IncomingMessage, SocketState>} */
  const socketsByRequest = new WeakMap();
  /** @type {Set<SocketState>} */
  const sockets = new Set();
  /** @type {Map<string, number>} */
  const perAddress = new Map();

  /**
   * @param {string} reason
   * @param {string | undefined} sid
   * @param {string} doc
   */
  const logRefusal = (reason, sid, doc) => log(`refuse room=${short(sid)} doc=${doc} reason=${reason}`);

  /**
   * @param {SocketState} socket
   * @param {string} reason
   */
  const closeSocket = (socket, reason) => {
    if (socket.closing) return;
    socket.closing = true;
    // After the permission-denied message Hocuspocus is about to send in this same turn.
    setImmediate(() => socket.ws.close(CLOSE_CODES[reason] ?? 4403, reason));
  };

  /** @param {Access} access */
  const release = (access) => {
    if (!access.held) return;
    access.held = false;
    rooms.release(access.sid, access.room, access.pid);
    if (access.socket.docs.get(access.documentName) === access)
      access.socket.docs.delete(access.documentName);
    log(`close room=${short(access.sid)} doc=${access.kind} role=${access.role}`);
  };

  /**
   * The protocol's rules (docs/live-protocol.md, "The relay's rules").
   * @param {SocketState} socket
   * @param {string} token
   * @param {string} documentName
   * @returns {Promise<Access>}
   */
  const authorize = async (socket, token, documentName) => {
    const claim = parseToken(token);
    const doc = parseDocumentName(documentName);
    if (!doc || doc.sid !== claim.sid) throw refusal('forbidden');
    const joinHash = sha256Hex(claim.join);
    /** @type {Access} */
    let access;
    if (claim.role === 'facilitator') {
      const facHash = sha256Hex(claim.fac);
      const room = await rooms.register(claim.sid, facHash, joinHash);
      if (!sameHash(room.facHash, facHash) || !sameHash(room.joinHash, joinHash)) throw refusal('bad-key');
      access = {
        documentName,
        sid: claim.sid,
        role: 'facilitator',
        kind: doc.kind,
        pid: undefined,
        write: doc.kind === 'board',
        room,
        socket,
        held: false,
        clientId: undefined,
      };
    } else {
      const room = await rooms.find(claim.sid);
      if (!room) throw refusal('room-unknown');
      if (!sameHash(room.joinHash, joinHash)) throw refusal('bad-key');
      const pid = sha256Hex(claim.pid).slice(0, 32);
      if (doc.kind === 'ballot' && doc.pid !== pid) throw refusal('forbidden');
      if (!room.phones.has(pid) && room.phones.size >= limits.maxPhonesPerRoom) throw refusal('room-full');
      access = {
        documentName,
        sid: claim.sid,
        role: 'phone',
        kind: doc.kind,
        pid,
        write: doc.kind === 'ballot',
        room,
        socket,
        held: false,
        clientId: undefined,
      };
    }
    if (socket.closing || socket.ws.readyState !== socket.ws.OPEN) throw refusal('forbidden');
    let open = 0;
    for (const state of socket.docs.values()) if (typeof state === 'object') open += 1;
    if (open >= maxDocumentsPerSocket) throw refusal('too-many-documents');
    // Counted in the same turn as the checks above (no await in between), so two phones cannot
    // both take a room's last place, nor two documents a socket's.
    rooms.hold(access.sid, access.room, access.pid);
    access.held = true;
    socket.docs.set(documentName, access);
    return access;
  };

  /**
   * A phone's awareness, cut down to what the protocol allows: one client per connection, and a
   * state that is `{ pid }` with its own pid, or `{}`. Returns null when nothing is left.
   * @param {Access} access
   * @param {string} documentName
   * @param {import('./wire.mjs').Reader} reader
   */
  const sanitiseAwareness = (access, documentName, reader) => {
    const entries = readAwarenessUpdate(reader.varBytes());
    const document = server.hocuspocus.documents.get(documentName);
    const kept = [];
    for (const entry of entries) {
      if (access.clientId === undefined) {
        const taken =
          document?.awareness.getStates().has(entry.clientId) &&
          !document.getClients(access.socket.ws).has(entry.clientId);
        if (taken) continue;
        access.clientId = entry.clientId;
      }
      if (entry.clientId !== access.clientId) continue;
      /** @type {unknown} */
      let state;
      try {
        state = JSON.parse(entry.state);
      } catch {
        state = {};
      }
      const own =
        typeof state === 'object' &&
        state !== null &&
        /** @type {{ pid?: unknown }} */ (state).pid === access.pid;
      const text = state === null ? 'null' : own ? JSON.stringify({ pid: access.pid }) : '{}';
      kept.push({ clientId: entry.clientId, clock: entry.clock, state: text });
    }
    return kept.length ? writeAwarenessMessage(documentName, kept) : null;
  };

  /**
   * What Hocuspocus gets to see of a message from a client; null drops it.
   * @param {SocketState} socket
   * @param {Uint8Array} data
   * @returns {Uint8Array | null}
   */
  const gate = (socket, data) => {
    if (socket.closing) return null;
    const head = readHead(data);
    if (data.length > limits.maxMessageBytes) {
      const state = head ? socket.docs.get(head.documentName) : undefined;
      logRefusal(
        'message-too-large',
        typeof state === 'object' ? state.sid : undefined,
        typeof state === 'object' ? state.kind : '-',
      );
      closeSocket(socket, 'message-too-large');
      return null;
    }
    if (!head) {
      logRefusal('bad-message', undefined, '-');
      closeSocket(socket, 'bad-message');
      return null;
    }
    const { documentName, type, reader } = head;
    const state = socket.docs.get(documentName);
    if (type === MessageType.Auth) {
      if (state !== undefined) return null;
      socket.docs.set(documentName, 'pending');
      return data;
    }
    if (state === 'refused') return null;
    if (state === undefined || state === 'pending') {
      const queued = (socket.queued.get(documentName) ?? 0) + 1;
      if (queued > MAX_QUEUED_PER_DOCUMENT || socket.queued.size > maxDocumentsPerSocket) return null;
      socket.queued.set(documentName, queued);
      return data;
    }
    socket.queued.delete(documentName);
    if (!PASSED_TYPES.has(type)) return null;
    if (type === MessageType.Awareness && state.role === 'phone') {
      try {
        return sanitiseAwareness(state, documentName, reader);
      } catch {
        return null;
      }
    }
    return data;
  };

  /** @type {import('@hocuspocus/server').Extension} */
  const relayExtension = {
    extensionName: 'servicetjek-relay',

    async onRequest({ request, response }) {
      const path = (request.url ?? '/').split('?')[0];
      if (path === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) {
        const body = JSON.stringify({ ok: true, ...stats() });
        response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : body);
      } else {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found\n');
      }
      // An empty rejection tells Hocuspocus the request is answered.
      return Promise.reject();
    },

    async onAuthenticate({ token, documentName, request, connectionConfig }) {
      const socket = socketsByRequest.get(request);
      if (!socket) throw refusal('forbidden');
      if (socket.refusal) {
        socket.docs.set(documentName, 'refused');
        closeSocket(socket, socket.refusal);
        throw refusal(socket.refusal);
      }
      try {
        const access = await authorize(socket, token, documentName);
        connectionConfig.readOnly = !access.write;
        log(`open room=${short(access.sid)} doc=${access.kind} role=${access.role}`);
        return { relayAccess: access };
      } catch (error) {
        const reason = error instanceof RoomError ? error.reason : 'unavailable';
        if (!(error instanceof RoomError))
          console.error('relay: unexpected error while authenticating', error);
        socket.docs.set(documentName, 'refused');
        socket.queued.delete(documentName);
        socket.refusals += 1;
        logRefusal(
          reason,
          parseDocumentName(documentName)?.sid,
          parseDocumentName(documentName)?.kind ?? '-',
        );
        if (socket.refusals >= MAX_REFUSALS_PER_SOCKET) closeSocket(socket, 'forbidden');
        throw refusal(reason);
      }
    },

    // A board nobody holds any more is kept, as the sealed Yjs state it is, with its room in memory:
    // a phone that reloads or scans the room's code after everyone left still reads the room's last
    // board (for an ended room: that it ended) instead of an empty one. Forgotten with the room.
    async onLoadDocument({ documentName, document }) {
      const doc = parseDocumentName(documentName);
      const kept = doc?.kind === 'board' ? rooms.keptBoard(doc.sid) : undefined;
      if (kept) Y.applyUpdate(document, kept);
    },

    async beforeUnloadDocument({ documentName, document }) {
      const doc = parseDocumentName(documentName);
      if (doc?.kind === 'board') rooms.keepBoard(doc.sid, Y.encodeStateAsUpdate(document));
    },

    async onDisconnect({ context }) {
      const access = /** @type {Access | undefined} */ (context?.relayAccess);
      if (access) release(access);
    },
  };

  const server = new Server(
    {
      name: 'servicetjek-relay',
      quiet: true,
      stopOnSignals: false,
      extensions: redis ? [redis, relayExtension] : [relayExtension],
    },
    // A hard ceiling: a message between the limit and twice the limit still gets a worded refusal.
    { maxPayload: limits.maxMessageBytes * 2 + 1024 },
  );

  function stats() {
    return { rooms: rooms.size, connections: sockets.size };
  }

  server.webSocketServer.on('connection', (ws, request) => {
    const address = clientAddress(request, trustProxy);
    /** @type {SocketState} */
    const socket = {
      ws,
      address,
      refusal: undefined,
      docs: new Map(),
      queued: new Map(),
      refusals: 0,
      alive: true,
      closing: false,
    };
    socketsByRequest.set(request, socket);
    sockets.add(socket);
    const origin = request.headers.origin;
    const count = perAddress.get(address) ?? 0;
    if (!originAllowed(origin, request.headers.host, allowed)) socket.refusal = 'origin';
    else if (count >= limits.maxConnectionsPerAddress) socket.refusal = 'too-many-connections';
    let counted = false;
    if (socket.refusal) {
      logRefusal(socket.refusal, undefined, '-');
      // It learns why at its first document (permission denied with the reason), then it is closed.
      setTimeout(
        () => closeSocket(socket, /** @type {string} */ (socket.refusal)),
        REFUSED_SOCKET_GRACE_MS,
      ).unref();
    } else {
      perAddress.set(address, count + 1);
      counted = true;
    }

    // Every message passes the gate before Hocuspocus's own listener sees it. Hocuspocus also
    // re-emits the messages it queued during auth, so those pass again with the access known.
    const emit = ws.emit;
    ws.emit = /** @type {typeof ws.emit} */ (
      function (/** @type {string | symbol} */ event, /** @type {unknown[]} */ ...args) {
        if (event === 'message') {
          const data = args[0];
          if (!(data instanceof Uint8Array)) return false;
          const passed = gate(socket, data);
          if (!passed) return false;
          args[0] = passed;
        }
        return emit.call(this, event, ...args);
      }
    );
    ws.on('pong', () => {
      socket.alive = true;
    });
    ws.on('error', (/** @type {Error & { code?: string }} */ error) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') logRefusal('message-too-large', undefined, '-');
    });
    ws.once('close', () => {
      sockets.delete(socket);
      if (counted) {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      }
      for (const state of socket.docs.values()) if (typeof state === 'object') release(state);
    });
  });

  // Hocuspocus pings but never closes a socket that stopped answering; this does.
  const heartbeat = setInterval(() => {
    for (const socket of sockets) {
      if (!socket.alive) {
        socket.ws.terminate();
        continue;
      }
      socket.alive = false;
      try {
        socket.ws.ping();
      } catch {
        socket.ws.terminate();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  // Server.listen() would bind every interface (3.x passes `address`, which Node ignores): listen here.
  await new Promise((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ port: options.port ?? 1234, host }, () => {
      server.httpServer.off('error', reject);
      resolve(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.httpServer.address());
  const port = address.port;
  const urlHost =
    host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host;

  let closing = /** @type {Promise<void> | undefined} */ (undefined);
  return {
    url: `ws://${urlHost}:${port}`,
    port,
    stats,
    close() {
      closing ??= (async () => {
        clearInterval(heartbeat);
        for (const socket of sockets) socket.ws.terminate();
        server.httpServer.closeAllConnections();
        /** @type {NodeJS.Timeout | undefined} */
        let timer;
        await Promise.race([
          server.destroy(),
          new Promise((resolve) => {
            timer = setTimeout(resolve, 5000);
          }),
        ]);
        clearTimeout(timer);
        rooms.close();
      })();
      return closing;
    },
  };
}
