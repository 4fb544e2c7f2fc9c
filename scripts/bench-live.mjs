// @ts-check
/**
 * `npm run bench:live`: R rooms × P phones on one relay on loopback. Each phone seals a ballot (six
 * scores, AES-GCM through Node's WebCrypto, as the app does) into its ballot document; the room's
 * facilitator, who opened that ballot when the phone announced its pid, receives and opens it.
 * Prints connection set-up time, send→receipt time (median, 95th percentile) and the relay's
 * memory per room. The relay runs in a child process so its memory is measured alone.
 *
 * BENCH_ROOMS (50), BENCH_PHONES (30), BENCH_SPREAD_MS (3000: phones send within this window),
 * BENCH_TIMEOUT_MS (120000: the whole run stops after this, whatever happened).
 */
import { fork } from 'node:child_process';
import { webcrypto } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startRelay } from '../relay/src/server.mjs';
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
} from '../relay/test/clients.mjs';

const THEMES = [
  'sammenhaengskraft',
  'fleksibilitet',
  'tilgaengelighed',
  'fordybelse',
  'tillid',
  'retfaerdighed',
];

/** @param {string} name @param {number} fallback @param {number} max */
function count(name, fallback, max) {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    console.error(`${name} must be a whole number from 1 to ${max}`);
    process.exit(2);
  }
  return value;
}

/** The relay, alone in this process; answers the parent's requests for its memory. */
async function runRelayChild() {
  const relay = await startRelay({
    host: '127.0.0.1',
    port: 0,
    log: () => {},
    limits: { maxRooms: 10_000, maxConnectionsPerAddress: 100_000, maxPhonesPerRoom: 1000 },
  });
  const gc = /** @type {(() => void) | undefined} */ (globalThis.gc);
  process.on('message', async (message) => {
    if (message === 'memory') {
      gc?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
      gc?.();
      process.send?.({ memory: process.memoryUsage() });
    } else if (message === 'close') {
      await relay.close();
      process.exit(0);
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ url: relay.url });
}

/** @param {number[]} values @param {number} p */
function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
  );
}

/** @param {number} ms */
const ms = (ms) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
/** @param {number} bytes */
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

/** @param {Uint8Array} bytes */
const base64url = (bytes) => Buffer.from(bytes).toString('base64url');

/** @param {import('node:crypto').webcrypto.CryptoKey} key @param {string} documentName @param {string} purpose @param {unknown} value */
async function seal(key, documentName, purpose, value) {
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const data = new TextEncoder().encode(`${documentName}|${purpose}`);
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const sealed = new Uint8Array(
    await webcrypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: data }, key, plain),
  );
  const out = new Uint8Array(12 + sealed.length);
  out.set(iv);
  out.set(sealed, 12);
  return base64url(out);
}

/** @param {import('node:crypto').webcrypto.CryptoKey} key @param {string} documentName @param {string} purpose @param {string} text */
async function open(key, documentName, purpose, text) {
  const bytes = Buffer.from(text, 'base64url');
  const data = new TextEncoder().encode(`${documentName}|${purpose}`);
  const plain = await webcrypto.subtle.decrypt(
    { name: 'AES-GCM', iv: bytes.subarray(0, 12), additionalData: data },
    key,
    bytes.subarray(12),
  );
  return JSON.parse(new TextDecoder().decode(plain));
}

async function runBenchmark() {
  const rooms = count('BENCH_ROOMS', 50, 500);
  const phonesPerRoom = count('BENCH_PHONES', 30, 200);
  const spreadMs = count('BENCH_SPREAD_MS', 3000, 60_000);
  const timeoutMs = count('BENCH_TIMEOUT_MS', 120_000, 600_000);
  const startedAt = performance.now();

  const child = fork(fileURLToPath(import.meta.url), ['--relay-child'], {
    execArgv: ['--expose-gc'],
    stdio: 'inherit',
  });
  /** @type {(value: any) => void} */
  let onChildMessage = () => {};
  child.on('message', (message) => onChildMessage(message));
  /** @returns {Promise<any>} */
  const nextMessage = () =>
    new Promise((resolve) => {
      onChildMessage = resolve;
    });
  const { url } = await nextMessage();
  const memory = async () => {
    const reply = nextMessage();
    child.send('memory');
    return /** @type {NodeJS.MemoryUsage} */ ((await reply).memory);
  };

  /** @type {{ destroy(): void }[]} */
  const sockets = [];
  const stopAll = async () => {
    for (const socket of sockets) socket.destroy();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send('close');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null) child.kill();
  };
  const deadline = setTimeout(async () => {
    console.error(`bench:live: stopped after ${timeoutMs} ms (BENCH_TIMEOUT_MS) before every ballot arrived`);
    await stopAll();
    process.exit(1);
  }, timeoutMs);

  const before = await memory();
  /** @type {number[]} */
  const setupTimes = [];
  /** @type {number[]} */
  const latencies = [];
  /** @type {Map<string, number>} */
  const sentAt = new Map();
  let received = 0;
  const expected = rooms * phonesPerRoom;
  /** @type {() => void} */
  let allReceived = () => {};
  const done = new Promise((resolve) => {
    allReceived = () => resolve(undefined);
  });

  /** @type {(() => Promise<void>)[]} */
  const senders = [];
  for (let r = 0; r < rooms; r += 1) {
    const room = newRoom();
    const key = await webcrypto.subtle.importKey(
      'raw',
      webcrypto.getRandomValues(new Uint8Array(32)),
      'AES-GCM',
      false,
      ['encrypt', 'decrypt'],
    );
    const facSocket = openSocket(url);
    sockets.push(facSocket);
    const board = openDocument(facSocket, boardName(room), facilitatorToken(room));
    const boardValue = { seq: 1, phase: 'open', roundId: 'r1', label: 'Før', themes: THEMES };
    board.sealed.set('board', await seal(key, boardName(room), 'board', boardValue));
    /** @type {Set<string>} */
    const opened = new Set();
    // The facilitator opens each ballot as its phone announces itself, as the app does.
    board.provider.awareness?.on('change', () => {
      for (const state of board.provider.awareness?.getStates().values() ?? []) {
        const pid = state.pid;
        if (typeof pid !== 'string' || opened.has(pid)) continue;
        opened.add(pid);
        const name = ballotName(room, pid);
        const ballot = openDocument(facSocket, name, facilitatorToken(room));
        ballot.sealed.observe(async () => {
          const text = ballot.sealed.get('ballot');
          if (typeof text !== 'string') return;
          const value = await open(key, name, 'ballot', text);
          const start = sentAt.get(name);
          if (start === undefined || value.seq !== 1) return;
          sentAt.delete(name);
          latencies.push(performance.now() - start);
          received += 1;
          if (received === expected) allReceived();
        });
      }
    });
    await board.outcome;

    const phones = Array.from({ length: phonesPerRoom }, async () => {
      const pidSecret = secret();
      const pid = pidOf(pidSecret);
      const start = performance.now();
      const socket = openSocket(url);
      sockets.push(socket);
      const phoneBoard = openDocument(socket, boardName(room), phoneToken(room, pidSecret));
      const ballot = openDocument(socket, ballotName(room, pid), phoneToken(room, pidSecret));
      const [boardOutcome, ballotOutcome] = await Promise.all([phoneBoard.outcome, ballot.outcome]);
      if (!boardOutcome.ok || !ballotOutcome.ok) throw new Error('a phone was refused');
      await Promise.all([phoneBoard.synced, ballot.synced]);
      setupTimes.push(performance.now() - start);
      phoneBoard.provider.setAwarenessField('pid', pid);
      const name = ballotName(room, pid);
      senders.push(async () => {
        const scores = Object.fromEntries(THEMES.map((theme) => [theme, 1 + Math.floor(Math.random() * 5)]));
        const sealed = await seal(key, name, 'ballot', { seq: 1, roundId: 'r1', scores });
        sentAt.set(name, performance.now());
        ballot.sealed.set('ballot', sealed);
      });
    });
    await Promise.all(phones);
  }
  const connectedAt = performance.now();
  // Let every facilitator open every announced ballot before the round starts.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const connected = await memory();

  for (const send of senders) setTimeout(() => void send(), Math.random() * spreadMs);
  await done;
  clearTimeout(deadline);
  const after = await memory();
  await stopAll();

  const perRoom = (/** @type {number} */ bytes) => kib(bytes / rooms);
  console.log(
    `bench:live: ${rooms} rooms × ${phonesPerRoom} phones on one relay (loopback), ballots sent within ${spreadMs} ms`,
  );
  console.log(
    `  connection set-up (socket → board and ballot synced): median ${ms(percentile(setupTimes, 50))}, p95 ${ms(percentile(setupTimes, 95))}; all ${expected + rooms} devices in ${ms(connectedAt - startedAt)}`,
  );
  console.log(
    `  phone send → facilitator receipt (sealed, opened): median ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, max ${ms(Math.max(...latencies))} (${received}/${expected} received)`,
  );
  console.log(
    `  relay memory per room (after GC): heap ${perRoom(connected.heapUsed - before.heapUsed)}, rss ${perRoom(connected.rss - before.rss)} with everyone connected; heap ${perRoom(after.heapUsed - before.heapUsed)} after the ballots; relay rss in all ${kib(after.rss)}`,
  );
  process.exit(0);
}

if (process.argv.includes('--relay-child')) await runRelayChild();
else await runBenchmark();
