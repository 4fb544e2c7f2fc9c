// @ts-check
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRelay } from '../src/server.mjs';
import { writeAwarenessMessage } from '../src/wire.mjs';
import {
  ballotName,
  boardName,
  facilitatorToken,
  newRoom,
  openDocument,
  openSocket,
  phoneToken,
  pidOf,
  secret,
  sleep,
  waitFor,
} from './clients.mjs';

/** @typedef {import('../src/server.mjs').Relay} Relay */
/** @typedef {import('./clients.mjs').TestSocket} TestSocket */

/** @type {Relay[]} */
let relays = [];
/** @type {TestSocket[]} */
let sockets = [];
/** @type {string[]} */
let logLines = [];

/** @param {import('../src/server.mjs').RelayOptions} [options] */
async function relayWith(options = {}) {
  const relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    log: (line) => logLines.push(line),
    ...options,
  });
  relays.push(relay);
  return relay;
}

/** @param {Relay} relay @param {{ origin?: string, headers?: Record<string, string> }} [options] */
function device(relay, options) {
  const socket = openSocket(relay.url, options);
  sockets.push(socket);
  return socket;
}

/** A facilitator's socket with the room's board open and registered. */
async function facilitator(/** @type {Relay} */ relay, room = newRoom()) {
  const socket = device(relay);
  const board = openDocument(socket, boardName(room), facilitatorToken(room));
  expect(await board.outcome).toEqual({ ok: true, scope: 'read-write' });
  return { room, socket, board };
}

/** A phone's socket with the board open (read-only) and its own ballot open (read-write). */
async function phone(/** @type {Relay} */ relay, /** @type {import('./clients.mjs').TestRoom} */ room) {
  const pidSecret = secret();
  const pid = pidOf(pidSecret);
  const socket = device(relay);
  const board = openDocument(socket, boardName(room), phoneToken(room, pidSecret));
  const ballot = openDocument(socket, ballotName(room, pid), phoneToken(room, pidSecret));
  expect(await board.outcome).toEqual({ ok: true, scope: 'readonly' });
  expect(await ballot.outcome).toEqual({ ok: true, scope: 'read-write' });
  return { pidSecret, pid, socket, board, ballot };
}

beforeEach(() => {
  logLines = [];
});

afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets = [];
  await Promise.all(relays.map((relay) => relay.close()));
  relays = [];
});

describe('access rules', () => {
  it('lets the facilitator register the room and write the board, which a phone with the join token reads', async () => {
    const relay = await relayWith();
    const { room, board } = await facilitator(relay);
    board.sealed.set('board', 'sealed-board-1');
    const { board: phoneBoard } = await phone(relay, room);
    await waitFor(() => phoneBoard.sealed.get('board') === 'sealed-board-1', 'the board on the phone');
    board.sealed.set('board', 'sealed-board-2');
    await waitFor(() => phoneBoard.sealed.get('board') === 'sealed-board-2', 'the next board on the phone');
    expect([...phoneBoard.sealed.keys()]).toEqual(['board']);
  });

  it('refuses a phone whose join token is wrong with bad-key, and a room nobody registered with room-unknown', async () => {
    const relay = await relayWith();
    const { room } = await facilitator(relay);
    const wrongKey = openDocument(device(relay), boardName(room), phoneToken(room, secret(), secret()));
    expect(await wrongKey.outcome).toEqual({ ok: false, reason: 'bad-key' });
    const elsewhere = newRoom();
    const unknown = openDocument(device(relay), boardName(elsewhere), phoneToken(elsewhere, secret()));
    expect(await unknown.outcome).toEqual({ ok: false, reason: 'room-unknown' });
  });

  it('refuses a second facilitator with another secret for a known room (bad-key), and tokens that do not parse (bad-token)', async () => {
    const relay = await relayWith();
    const { room } = await facilitator(relay);
    const impostor = openDocument(
      device(relay),
      boardName(room),
      facilitatorToken({ ...room, fac: secret() }),
    );
    expect(await impostor.outcome).toEqual({ ok: false, reason: 'bad-key' });
    const garbage = openDocument(device(relay), boardName(room), 'not json');
    expect(await garbage.outcome).toEqual({ ok: false, reason: 'bad-token' });
    const noVersion = openDocument(
      device(relay),
      boardName(room),
      JSON.stringify({ role: 'phone', sid: room.sid, join: room.join, pid: secret() }),
    );
    expect(await noVersion.outcome).toEqual({ ok: false, reason: 'bad-token' });
  });

  it('refuses a document of another room and names that are not a board or a ballot (forbidden)', async () => {
    const relay = await relayWith();
    const { room } = await facilitator(relay);
    const other = newRoom();
    const pidSecret = secret();
    const wrongRoom = openDocument(device(relay), boardName(other), phoneToken(room, pidSecret));
    expect(await wrongRoom.outcome).toEqual({ ok: false, reason: 'forbidden' });
    const odd = openDocument(device(relay), `${room.sid}/secrets`, facilitatorToken(room));
    expect(await odd.outcome).toEqual({ ok: false, reason: 'forbidden' });
  });

  it("never lets a phone open another phone's ballot, so it never receives it", async () => {
    const relay = await relayWith();
    const { room, socket: facSocket } = await facilitator(relay);
    const alice = await phone(relay, room);
    const bob = await phone(relay, room);
    alice.ballot.sealed.set('ballot', 'SEALED-ALICE-1');

    const peek = openDocument(bob.socket, ballotName(room, alice.pid), phoneToken(room, bob.pidSecret));
    expect(await peek.outcome).toEqual({ ok: false, reason: 'forbidden' });
    // Bob's own secret does not open it either when he claims Alice's ballot name with his token
    // from a fresh socket, nor does Alice's pid as a secret.
    const guess = openDocument(device(relay), ballotName(room, alice.pid), phoneToken(room, alice.pid));
    expect(await guess.outcome).toEqual({ ok: false, reason: 'forbidden' });

    const facBallot = openDocument(facSocket, ballotName(room, alice.pid), facilitatorToken(room));
    expect(await facBallot.outcome).toEqual({ ok: true, scope: 'readonly' });
    await waitFor(
      () => facBallot.sealed.get('ballot') === 'SEALED-ALICE-1',
      "Alice's ballot at the facilitator",
    );
    alice.ballot.sealed.set('ballot', 'SEALED-ALICE-2');
    await waitFor(() => facBallot.sealed.get('ballot') === 'SEALED-ALICE-2', "Alice's changed ballot");
    await sleep(100);

    expect(peek.sealed.size).toBe(0);
    expect(bob.socket.received('SEALED-ALICE')).toBe(false);
    expect(facSocket.received('SEALED-ALICE-2')).toBe(true);
  });

  it('does not apply a phone’s write to the board, nor pass it to the facilitator', async () => {
    const relay = await relayWith();
    const { room, board } = await facilitator(relay);
    board.sealed.set('board', 'sealed-board');
    const mallory = await phone(relay, room);
    await waitFor(() => mallory.board.sealed.get('board') === 'sealed-board', 'the board on the phone');
    mallory.board.sealed.set('board', 'FORGED-BOARD');
    mallory.board.sealed.set('extra', 'FORGED-EXTRA');
    // The ballot goes after the forged board on the same socket: once it arrives, the forgery had its chance.
    mallory.ballot.sealed.set('ballot', 'sealed-ballot');
    const facBallot = openDocument(
      /** @type {TestSocket} */ (sockets[0]),
      ballotName(room, mallory.pid),
      facilitatorToken(room),
    );
    await waitFor(() => facBallot.sealed.get('ballot') === 'sealed-ballot', 'the ballot');
    await sleep(100);
    expect(board.sealed.get('board')).toBe('sealed-board');
    expect(board.sealed.has('extra')).toBe(false);

    // What the relay holds: a fresh phone reads the board from the relay alone.
    const fresh = await phone(relay, room);
    await waitFor(() => fresh.board.sealed.get('board') === 'sealed-board', 'the board on a fresh phone');
    expect(fresh.board.sealed.has('extra')).toBe(false);
    expect(fresh.socket.received('FORGED')).toBe(false);
  });

  it('lets the facilitator read a ballot but not write it', async () => {
    const relay = await relayWith();
    const { room, socket: facSocket } = await facilitator(relay);
    const carol = await phone(relay, room);
    carol.ballot.sealed.set('ballot', 'sealed-ballot-1');
    const facBallot = openDocument(facSocket, ballotName(room, carol.pid), facilitatorToken(room));
    expect(await facBallot.outcome).toEqual({ ok: true, scope: 'readonly' });
    await waitFor(
      () => facBallot.sealed.get('ballot') === 'sealed-ballot-1',
      'the ballot at the facilitator',
    );
    facBallot.sealed.set('ballot', 'FORGED-BALLOT');
    carol.ballot.sealed.set('seen', 'sealed-mark');
    await waitFor(() => facBallot.sealed.get('seen') === 'sealed-mark', 'the phone’s next write');
    await sleep(100);
    expect(carol.ballot.sealed.get('ballot')).toBe('sealed-ballot-1');
    expect(carol.socket.received('FORGED-BALLOT')).toBe(false);

    // The same phone on a new socket syncs the ballot from the relay: the forgery is not there.
    const again = device(relay);
    const reopened = openDocument(again, ballotName(room, carol.pid), phoneToken(room, carol.pidSecret));
    expect(await reopened.outcome).toEqual({ ok: true, scope: 'read-write' });
    await waitFor(() => reopened.sealed.get('seen') === 'sealed-mark', 'the ballot on a new socket');
    expect(reopened.sealed.get('ballot')).toBe('sealed-ballot-1');
  });
});

describe('awareness', () => {
  it('passes a phone’s own { pid } to the facilitator and nothing else it announces', async () => {
    const relay = await relayWith();
    const { room, board } = await facilitator(relay);
    const dave = await phone(relay, room);
    dave.board.provider.setAwarenessField('pid', dave.pid);
    dave.board.provider.setAwarenessField('name', 'Dave Jensen');
    const erin = await phone(relay, room);
    // Erin claims Dave's pid: the relay turns that into an empty state.
    erin.board.provider.setAwarenessField('pid', dave.pid);
    erin.board.provider.setAwarenessField('score', 5);

    const states = () => [...(board.provider.awareness?.getStates() ?? new Map()).entries()];
    const daveId = dave.board.doc.clientID;
    const erinId = erin.board.doc.clientID;
    await waitFor(() => {
      const all = new Map(states());
      return all.has(daveId) && all.has(erinId);
    }, 'both phones in the facilitator’s awareness');
    await sleep(100);
    const all = new Map(states());
    expect(all.get(daveId)).toEqual({ pid: dave.pid });
    expect(all.get(erinId)).toEqual({});
    expect(/** @type {TestSocket} */ (sockets[0]).received('Dave Jensen')).toBe(false);
    expect(erin.socket.received('Dave Jensen')).toBe(false);
  });

  it('does not let a phone announce for another client id', async () => {
    const relay = await relayWith();
    const { room, board } = await facilitator(relay);
    const frank = await phone(relay, room);
    frank.board.provider.setAwarenessField('pid', frank.pid);
    const frankId = frank.board.doc.clientID;
    await waitFor(
      () => board.provider.awareness?.getStates().get(frankId)?.pid === frank.pid,
      'Frank in the facilitator’s awareness',
    );
    const grace = await phone(relay, room);
    grace.board.provider.setAwarenessField('pid', grace.pid);
    const graceId = grace.board.doc.clientID;
    await waitFor(
      () => board.provider.awareness?.getStates().get(graceId)?.pid === grace.pid,
      'Grace in the facilitator’s awareness',
    );
    // Grace's device sends, on its own socket, an update that would remove Frank, and one that
    // would make up a new client.
    const raw = /** @type {{ send(data: Uint8Array): void }} */ (grace.socket.socket.webSocket);
    raw.send(writeAwarenessMessage(boardName(room), [{ clientId: frankId, clock: 10_000, state: 'null' }]));
    raw.send(
      writeAwarenessMessage(boardName(room), [{ clientId: 4242, clock: 1, state: `{"pid":"${grace.pid}"}` }]),
    );
    await sleep(200);
    expect(board.provider.awareness?.getStates().get(frankId)).toEqual({ pid: frank.pid });
    expect(board.provider.awareness?.getStates().has(4242)).toBe(false);
  });
});

describe('origins', () => {
  it('refuses a browser origin that is not listed, with the reason, and closes its socket', async () => {
    const relay = await relayWith({ allowedOrigins: ['https://servicetjek.kommune.dk'] });
    const room = newRoom();
    const listed = device(relay, { origin: 'https://servicetjek.kommune.dk' });
    const board = openDocument(listed, boardName(room), facilitatorToken(room));
    expect(await board.outcome).toEqual({ ok: true, scope: 'read-write' });

    const other = device(relay, { origin: 'https://evil.example' });
    const refused = openDocument(other, boardName(room), phoneToken(room, secret()));
    expect(await refused.outcome).toEqual({ ok: false, reason: 'origin' });
    await waitFor(() => other.closes.length > 0, 'the refused socket to close');
    expect(other.closes[0]).toEqual({ code: 4403, reason: 'origin' });
    // A look-alike is not the listed origin.
    const lookalike = device(relay, { origin: 'https://servicetjek.kommune.dk.evil.example' });
    const alsoRefused = openDocument(lookalike, boardName(room), phoneToken(room, secret()));
    expect(await alsoRefused.outcome).toEqual({ ok: false, reason: 'origin' });
  });

  it('without a list, allows the relay’s own host name and loopback, and refuses others', async () => {
    const relay = await relayWith();
    const room = newRoom();
    const local = openDocument(
      device(relay, { origin: 'http://localhost:5173' }),
      boardName(room),
      facilitatorToken(room),
    );
    expect(await local.outcome).toEqual({ ok: true, scope: 'read-write' });
    const sameHost = openDocument(
      device(relay, { origin: 'http://127.0.0.1:4173' }),
      boardName(room),
      phoneToken(room, secret()),
    );
    expect(await sameHost.outcome).toEqual({ ok: true, scope: 'readonly' });
    const foreign = openDocument(
      device(relay, { origin: 'https://example.org' }),
      boardName(room),
      phoneToken(room, secret()),
    );
    expect(await foreign.outcome).toEqual({ ok: false, reason: 'origin' });
  });
});

describe('limits', () => {
  it('takes phones up to the room’s limit and refuses the next with room-full; a phone already in may reconnect', async () => {
    const relay = await relayWith({ limits: { maxPhonesPerRoom: 2 } });
    const { room } = await facilitator(relay);
    const first = await phone(relay, room);
    await phone(relay, room);
    const third = openDocument(device(relay), boardName(room), phoneToken(room, secret()));
    expect(await third.outcome).toEqual({ ok: false, reason: 'room-full' });
    // The first phone on a second socket (a reconnect before the old socket is gone) still fits.
    const again = openDocument(device(relay), boardName(room), phoneToken(room, first.pidSecret));
    expect(await again.outcome).toEqual({ ok: true, scope: 'readonly' });
    // When one leaves, a new phone takes its place.
    first.socket.destroy();
    again.provider.destroy();
    await waitFor(
      () => logLines.filter((line) => line.includes('close') && line.includes('role=phone')).length >= 3,
      'the phone to leave',
    );
    const fourth = openDocument(device(relay), boardName(room), phoneToken(room, secret()));
    expect(await fourth.outcome).toEqual({ ok: true, scope: 'readonly' });
  });

  it('registers rooms up to the limit and refuses the next with too-many-rooms', async () => {
    const relay = await relayWith({ limits: { maxRooms: 2 } });
    await facilitator(relay);
    await facilitator(relay);
    const room = newRoom();
    const third = openDocument(device(relay), boardName(room), facilitatorToken(room));
    expect(await third.outcome).toEqual({ ok: false, reason: 'too-many-rooms' });
  });

  it('closes a socket that sends a message over the size limit, with message-too-large', async () => {
    const relay = await relayWith({ limits: { maxMessageBytes: 4096 } });
    const { room, socket, board } = await facilitator(relay);
    board.sealed.set('board', 'x'.repeat(3000));
    await waitFor(() => logLines.length > 0, 'a log line');
    const { board: phoneBoard } = await phone(relay, room);
    await waitFor(() => phoneBoard.sealed.get('board')?.length === 3000, 'a message under the limit');
    expect(socket.closes).toEqual([]);
    board.sealed.set('board', 'y'.repeat(5000));
    await waitFor(() => socket.closes.length > 0, 'the socket to close');
    expect(socket.closes[0]).toEqual({ code: 1009, reason: 'message-too-large' });
    expect(logLines).toContain('refuse room=' + room.sid.slice(0, 6) + ' doc=board reason=message-too-large');
  });

  it('closes a socket whose message does not parse, with bad-message', async () => {
    const relay = await relayWith();
    const { WebSocket } = await import('ws');
    const raw = new WebSocket(relay.url);
    await new Promise((resolve) => raw.once('open', resolve));
    const closed = new Promise((resolve) =>
      raw.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    raw.send(Uint8Array.from([0xff, 0xff, 0xff]));
    expect(await closed).toEqual({ code: 1007, reason: 'bad-message' });
    expect(logLines).toEqual(['refuse room=- doc=- reason=bad-message']);
  });

  it('refuses sockets from one address beyond the limit with too-many-connections', async () => {
    const relay = await relayWith({ limits: { maxConnectionsPerAddress: 2 } });
    const { room } = await facilitator(relay);
    await phone(relay, room);
    const third = device(relay);
    const refused = openDocument(third, boardName(room), phoneToken(room, secret()));
    expect(await refused.outcome).toEqual({ ok: false, reason: 'too-many-connections' });
    await waitFor(() => third.closes.length > 0, 'the refused socket to close');
    expect(third.closes[0]).toEqual({ code: 4429, reason: 'too-many-connections' });
  });

  it('counts sockets by the proxy’s X-Forwarded-For only when told to trust the proxy', async () => {
    const room = newRoom();
    const behindProxy = await relayWith({ trustProxy: true, limits: { maxConnectionsPerAddress: 1 } });
    /** @param {Relay} relay @param {string} forwarded @param {string} token */
    const outcome = async (relay, forwarded, token) =>
      openDocument(device(relay, { headers: { 'X-Forwarded-For': forwarded } }), boardName(room), token)
        .outcome;
    expect(await outcome(behindProxy, '10.0.0.1', facilitatorToken(room))).toEqual({
      ok: true,
      scope: 'read-write',
    });
    // The last entry is the address the proxy saw; what the client put before it does not count.
    expect(await outcome(behindProxy, '10.0.0.1, 10.0.0.2', phoneToken(room, secret()))).toEqual({
      ok: true,
      scope: 'readonly',
    });
    expect(await outcome(behindProxy, '10.0.0.9, 10.0.0.2', phoneToken(room, secret()))).toEqual({
      ok: false,
      reason: 'too-many-connections',
    });

    const direct = await relayWith({ limits: { maxConnectionsPerAddress: 1 } });
    const other = newRoom();
    const first = openDocument(
      device(direct, { headers: { 'X-Forwarded-For': '10.0.0.1' } }),
      boardName(other),
      facilitatorToken(other),
    );
    expect(await first.outcome).toEqual({ ok: true, scope: 'read-write' });
    const second = openDocument(
      device(direct, { headers: { 'X-Forwarded-For': '10.0.0.2' } }),
      boardName(other),
      phoneToken(other, secret()),
    );
    expect(await second.outcome).toEqual({ ok: false, reason: 'too-many-connections' });
  });

  it('refuses documents on one socket beyond twice the phones per room plus two (too-many-documents)', async () => {
    const relay = await relayWith({ limits: { maxPhonesPerRoom: 1 } });
    const { room, socket } = await facilitator(relay);
    const ballots = Array.from({ length: 4 }, () =>
      openDocument(socket, ballotName(room, pidOf(secret())), facilitatorToken(room)),
    );
    const outcomes = await Promise.all(ballots.map((ballot) => ballot.outcome));
    expect(outcomes.slice(0, 3)).toEqual(Array(3).fill({ ok: true, scope: 'readonly' }));
    expect(outcomes[3]).toEqual({ ok: false, reason: 'too-many-documents' });
    // A document closed makes room for another.
    /** @type {ReturnType<typeof openDocument>} */ (ballots[0]).provider.destroy();
    await waitFor(() => logLines.some((line) => line.startsWith('close')), 'the ballot to close');
    const next = openDocument(socket, ballotName(room, pidOf(secret())), facilitatorToken(room));
    expect(await next.outcome).toEqual({ ok: true, scope: 'readonly' });
  });

  it('takes 60 phones from one address into one room with the default limits', async () => {
    const relay = await relayWith();
    const { room, board } = await facilitator(relay);
    board.sealed.set('board', 'sealed-board');
    const phones = await Promise.all(Array.from({ length: 60 }, () => phone(relay, room)));
    await waitFor(
      () => phones.every((p) => p.board.sealed.get('board') === 'sealed-board'),
      'the board on 60 phones',
    );
    expect(relay.stats()).toEqual({ rooms: 1, connections: 61 });
  });
});

describe('memory only', () => {
  it('forgets a room the set time after its last connection closes', async () => {
    const ttl = 400;
    const relay = await relayWith({ limits: { roomTtlMs: ttl } });
    const { room, socket } = await facilitator(relay);
    socket.destroy();
    await waitFor(() => logLines.some((line) => line.startsWith('close')), 'the facilitator to leave');
    // Within the time the room is still there, and a phone holds it past the facilitator's expiry.
    await sleep(100);
    const early = device(relay);
    const inTime = openDocument(early, boardName(room), phoneToken(room, secret()));
    expect(await inTime.outcome).toEqual({ ok: true, scope: 'readonly' });
    await sleep(ttl + 100);
    expect(relay.stats().rooms).toBe(1);
    // After the last connection leaves the clock starts again: there below the time, gone above it.
    early.destroy();
    await waitFor(
      () => logLines.filter((line) => line.startsWith('close')).length === 2,
      'the phone to leave',
    );
    const left = Date.now();
    await sleep(ttl / 2);
    expect(relay.stats().rooms).toBe(1);
    await waitFor(() => relay.stats().rooms === 0, 'the room to be forgotten', 5000);
    expect(Date.now() - left).toBeGreaterThanOrEqual(ttl - 20);
    const late = openDocument(device(relay), boardName(room), phoneToken(room, secret()));
    expect(await late.outcome).toEqual({ ok: false, reason: 'room-unknown' });
  });

  it('keeps a board nobody holds with its room, so a phone that comes later reads the last one', async () => {
    const ttl = 800;
    const relay = await relayWith({ limits: { roomTtlMs: ttl } });
    const { room, board, socket } = await facilitator(relay);
    board.sealed.set('board', 'sealed-ended');
    const first = await phone(relay, room);
    await waitFor(() => first.board.sealed.get('board') === 'sealed-ended', 'the board on the phone');
    // Everyone leaves: the document is unloaded, its sealed state stays with the room.
    first.socket.destroy();
    socket.destroy();
    await waitFor(() => logLines.filter((line) => line.startsWith('close')).length === 3, 'all to leave');
    await sleep(100);
    const later = await phone(relay, room);
    await waitFor(() => later.board.sealed.get('board') === 'sealed-ended', 'the kept board on a new phone');
    expect([...later.board.sealed.keys()]).toEqual(['board']);
    later.socket.destroy();
    // Forgotten with the room: the code no longer opens anything.
    await waitFor(() => relay.stats().rooms === 0, 'the room to be forgotten', 5000);
    const gone = openDocument(device(relay), boardName(room), phoneToken(room, secret()));
    expect(await gone.outcome).toEqual({ ok: false, reason: 'room-unknown' });
  });

  it('answers /healthz with counts only, and logs connections and refusals without tokens or content', async () => {
    const relay = await relayWith();
    const { room, board } = await facilitator(relay);
    board.sealed.set('board', 'SEALED-CONTENT');
    const gus = await phone(relay, room);
    gus.ballot.sealed.set('ballot', 'SEALED-BALLOT');
    const wrong = openDocument(device(relay), boardName(room), phoneToken(room, secret(), secret()));
    expect(await wrong.outcome).toEqual({ ok: false, reason: 'bad-key' });

    const response = await fetch(`http://127.0.0.1:${relay.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, rooms: 1, connections: 3 });
    expect((await fetch(`http://127.0.0.1:${relay.port}/`)).status).toBe(404);

    const short = room.sid.slice(0, 6);
    expect(logLines).toEqual([
      `open room=${short} doc=board role=facilitator`,
      `open room=${short} doc=board role=phone`,
      `open room=${short} doc=ballot role=phone`,
      `refuse room=${short} doc=board reason=bad-key`,
    ]);
    const everything = logLines.join('\n');
    for (const secretValue of [room.sid, room.fac, room.join, gus.pidSecret, gus.pid, 'SEALED']) {
      expect(everything).not.toContain(secretValue);
    }
  });
});
