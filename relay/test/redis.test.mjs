// @ts-check
import { execFileSync, spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay } from '../src/server.mjs';
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
  waitFor,
} from './clients.mjs';

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** @param {number} port */
function accepts(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** @type {import('node:child_process').ChildProcess | undefined} */
let redis;
let redisUrl = '';

beforeAll(async () => {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'redis-server is not installed: the two-relay test needs Debian’s redis-server (apt-get install -y redis-server); .ci/run installs it.',
    );
  }
  const port = await freePort();
  // Memory only, loopback only: no RDB snapshots, no append-only file.
  redis = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { cwd: tmpdir(), stdio: 'ignore' },
  );
  const started = Date.now();
  while (!(await accepts(port))) {
    if (redis.exitCode !== null) throw new Error(`redis-server exited with ${redis.exitCode}`);
    if (Date.now() - started > 5000) throw new Error('redis-server did not start within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  redisUrl = `redis://127.0.0.1:${port}`;
});

afterAll(async () => {
  const child = redis;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
});

describe('two relays joined through Redis', () => {
  it('serve one room: the facilitator on one, a phone on the other', async () => {
    /** @type {string[]} */
    const lines = [];
    const log = (/** @type {string} */ line) => lines.push(line);
    const relayA = await startRelay({ port: 0, redis: redisUrl, log });
    const relayB = await startRelay({ port: 0, redis: redisUrl, log });
    const room = newRoom();
    const facSocket = openSocket(relayA.url);
    const phoneSocket = openSocket(relayB.url);
    try {
      const board = openDocument(facSocket, boardName(room), facilitatorToken(room));
      expect(await board.outcome).toEqual({ ok: true, scope: 'read-write' });
      board.sealed.set('board', 'sealed-board-1');

      const pidSecret = secret();
      const pid = pidOf(pidSecret);
      // Relay B has never seen the room: it finds what relay A registered in Redis.
      const phoneBoard = openDocument(phoneSocket, boardName(room), phoneToken(room, pidSecret));
      expect(await phoneBoard.outcome).toEqual({ ok: true, scope: 'readonly' });
      await waitFor(() => phoneBoard.sealed.get('board') === 'sealed-board-1', 'the board on the phone');
      phoneBoard.provider.setAwarenessField('pid', pid);
      await waitFor(
        () => [...(board.provider.awareness?.getStates().values() ?? [])].some((state) => state.pid === pid),
        'the phone in the facilitator’s awareness',
      );

      const ballot = openDocument(phoneSocket, ballotName(room, pid), phoneToken(room, pidSecret));
      expect(await ballot.outcome).toEqual({ ok: true, scope: 'read-write' });
      ballot.sealed.set('ballot', 'sealed-ballot-1');
      const facBallot = openDocument(facSocket, ballotName(room, pid), facilitatorToken(room));
      expect(await facBallot.outcome).toEqual({ ok: true, scope: 'readonly' });
      await waitFor(
        () => facBallot.sealed.get('ballot') === 'sealed-ballot-1',
        'the ballot at the facilitator',
      );
      ballot.sealed.set('ballot', 'sealed-ballot-2');
      board.sealed.set('board', 'sealed-board-2');
      await waitFor(() => facBallot.sealed.get('ballot') === 'sealed-ballot-2', 'the changed ballot');
      await waitFor(() => phoneBoard.sealed.get('board') === 'sealed-board-2', 'the changed board');

      // The rules hold on the second relay too: a wrong join token is refused there.
      const wrong = openDocument(
        openSocket(relayB.url),
        boardName(room),
        phoneToken(room, secret(), secret()),
      );
      expect(await wrong.outcome).toEqual({ ok: false, reason: 'bad-key' });
      wrong.provider.configuration.websocketProvider.destroy();
    } finally {
      facSocket.destroy();
      phoneSocket.destroy();
      await Promise.all([relayA.close(), relayB.close()]);
    }
  });
});
