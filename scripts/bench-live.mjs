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
 *
 * Then a meeting (issue #17) on the same relay: BENCH_MEETING_PHONES (30) phones follow a meeting's
 * board; each sends 3 proposals, one write each (its ballot carries all it has sent so far, as the
 * app's does); the facilitator opens a dot vote on the board, and each phone places 3 dots, one write
 * each. Prints phone write → facilitator receipt for the proposals and for the dots, and facilitator
 * board write → every phone's receipt for the vote (median, p95, max).
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

/**
 * The facilitator opens each phone's ballot as the phone announces itself (its pid in the board's
 * awareness), as the app does, and hands each sealed ballot to `onBallot` as it changes.
 * @param {{ provider: import('@hocuspocus/provider').HocuspocusProvider }} board
 * @param {ReturnType<typeof openSocket>} facSocket
 * @param {ReturnType<typeof newRoom>} room
 * @param {(name: string, text: string) => Promise<void>} onBallot
 */
function openBallotsAsPhonesAnnounce(board, facSocket, room, onBallot) {
  /** @type {Set<string>} */
  const opened = new Set();
  board.provider.awareness?.on('change', () => {
    for (const state of board.provider.awareness?.getStates().values() ?? []) {
      const pid = state.pid;
      if (typeof pid !== 'string' || opened.has(pid)) continue;
      opened.add(pid);
      const name = ballotName(room, pid);
      const ballot = openDocument(facSocket, name, facilitatorToken(room));
      ballot.sealed.observe(() => {
        const text = ballot.sealed.get('ballot');
        if (typeof text === 'string') void onBallot(name, text);
      });
    }
  });
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

/** @param {number[]} values */
const spread = (values) =>
  `median ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}, max ${ms(Math.max(...values))}`;

/**
 * One meeting's room: phones send proposals and dots through their ballots, the facilitator opens a
 * vote on the board. Every value sealed as the app seals it.
 * @param {string} url @param {number} phoneCount @param {number} spreadMs
 * @param {{ destroy(): void }[]} sockets
 */
async function runMeeting(url, phoneCount, spreadMs, sockets) {
  const PER_PHONE = 3;
  const room = newRoom();
  const key = await webcrypto.subtle.importKey(
    'raw',
    webcrypto.getRandomValues(new Uint8Array(32)),
    'AES-GCM',
    false,
    ['encrypt', 'decrypt'],
  );
  /** @type {{ proposals: number[], dots: number[], vote: number[] }} */
  const latencies = { proposals: [], dots: [], vote: [] };
  /** A ballot write's send time, by `<document>#<seq>`. */
  /** @type {Map<string, number>} */
  const sentAt = new Map();
  const expected = phoneCount * PER_PHONE;
  /** @type {{ proposals: () => void, dots: () => void, vote: () => void }} */
  const arrived = { proposals: () => {}, dots: () => {}, vote: () => {} };
  /** @param {'proposals' | 'dots' | 'vote'} kind @param {number} count */
  const waitAll = (kind, count) =>
    new Promise((resolve) => {
      arrived[kind] = () => {
        if (latencies[kind].length >= count) resolve(undefined);
      };
      arrived[kind]();
    });

  const facSocket = openSocket(url);
  sockets.push(facSocket);
  const board = openDocument(facSocket, boardName(room), facilitatorToken(room));
  const meetingBoard = {
    kind: 'meeting',
    meetingId: 'bench-meeting',
    title: 'Tillid',
    finished: false,
    tables: [],
    step: {
      index: 4,
      count: 6,
      id: 'proposalRound',
      title: 'Fælles runde',
      activity: 'proposalRound',
      timer: { durationMs: 600_000, startedAt: Date.now(), elapsedMs: 0 },
      questions: [],
      speaker: null,
    },
    proposals: { open: true, themes: ['tillid'] },
    vote: null,
  };
  board.sealed.set(
    'board',
    await seal(key, boardName(room), 'board', { ...meetingBoard, seq: 1, sentAt: Date.now() }),
  );
  openBallotsAsPhonesAnnounce(board, facSocket, room, async (name, text) => {
    const value = await open(key, name, 'ballot', text);
    const start = sentAt.get(`${name}#${value.seq}`);
    if (start === undefined) return;
    sentAt.delete(`${name}#${value.seq}`);
    const kind = value.seq <= PER_PHONE ? 'proposals' : 'dots';
    latencies[kind].push(performance.now() - start);
    arrived[kind]();
  });
  await board.outcome;

  /** @type {number | null} */
  let voteSentAt = null;
  /** @type {{ name: string, ballot: ReturnType<typeof openDocument>, voteItems: Promise<string[]> }[]} */
  const phones = await Promise.all(
    Array.from({ length: phoneCount }, async () => {
      const pidSecret = secret();
      const pid = pidOf(pidSecret);
      const socket = openSocket(url);
      sockets.push(socket);
      const phoneBoard = openDocument(socket, boardName(room), phoneToken(room, pidSecret));
      const ballot = openDocument(socket, ballotName(room, pid), phoneToken(room, pidSecret));
      const [boardOutcome, ballotOutcome] = await Promise.all([phoneBoard.outcome, ballot.outcome]);
      if (!boardOutcome.ok || !ballotOutcome.ok) throw new Error('a phone was refused');
      await Promise.all([phoneBoard.synced, ballot.synced]);
      phoneBoard.provider.setAwarenessField('pid', pid);
      /** @type {(items: string[]) => void} */
      let onVote = () => {};
      /** @type {Promise<string[]>} */
      const voteItems = new Promise((resolve) => {
        onVote = resolve;
      });
      let seen = 0;
      phoneBoard.sealed.observe(async () => {
        const text = phoneBoard.sealed.get('board');
        if (typeof text !== 'string') return;
        const value = await open(key, boardName(room), 'board', text);
        if (value.seq <= seen) return;
        seen = value.seq;
        if (value.vote?.phase === 'open' && voteSentAt !== null) {
          latencies.vote.push(performance.now() - voteSentAt);
          arrived.vote();
          onVote(value.vote.items.map((/** @type {{ id: string }} */ item) => item.id));
        }
      });
      return { name: ballotName(room, pid), ballot, voteItems };
    }),
  );
  // Let the facilitator open every announced ballot before the meeting's proposals start.
  await new Promise((resolve) => setTimeout(resolve, 1000));

  /** @type {Map<string, { proposals: { id: string, text: string, themeId: string }[], dots: Record<string, number>, seq: number }>} */
  const kept = new Map(phones.map((phone) => [phone.name, { proposals: [], dots: {}, seq: 0 }]));
  /** @param {{ name: string, ballot: ReturnType<typeof openDocument> }} phone @param {(mine: any) => void} change */
  const write = async (phone, change) => {
    const mine = /** @type {any} */ (kept.get(phone.name));
    change(mine);
    mine.seq += 1;
    const value = {
      seq: mine.seq,
      kind: 'meeting',
      meetingId: 'bench-meeting',
      proposals: mine.proposals,
      dots: mine.dots,
    };
    const sealed = await seal(key, phone.name, 'ballot', value);
    sentAt.set(`${phone.name}#${mine.seq}`, performance.now());
    phone.ballot.sealed.set('ballot', sealed);
  };
  /** @param {() => Promise<void>} task */
  const later = (task) =>
    new Promise((resolve) => setTimeout(() => void task().then(resolve), Math.random() * spreadMs));

  // Proposals: three writes a phone, each at its own moment within the window (a phone's in order).
  await Promise.all(
    phones.map(async (phone, p) => {
      for (let n = 1; n <= PER_PHONE; n += 1) {
        await later(() =>
          write(phone, (mine) =>
            mine.proposals.push({
              id: `p${n}`,
              text: `Forslag ${n} fra telefon ${p + 1}`,
              themeId: 'tillid',
            }),
          ),
        );
      }
    }),
  );
  await waitAll('proposals', expected);

  // The facilitator opens a vote on 20 accepted proposals; each phone places its 3 dots, one at a time.
  const items = Array.from({ length: 20 }, (_, i) => ({ id: `item-${i}`, text: `Forslag ${i + 1}` }));
  const vote = { phase: 'open', on: 'proposals', dots: PER_PHONE, maxPerItem: 2, items };
  const voteBoard = await seal(key, boardName(room), 'board', {
    ...meetingBoard,
    proposals: { open: false, themes: ['tillid'] },
    vote,
    seq: 2,
    sentAt: Date.now(),
  });
  voteSentAt = performance.now();
  board.sealed.set('board', voteBoard);
  await waitAll('vote', phoneCount);
  await Promise.all(
    phones.map(async (phone) => {
      const ids = await phone.voteItems;
      for (let n = 0; n < PER_PHONE; n += 1) {
        const id = /** @type {string} */ (ids[Math.floor(Math.random() * ids.length)]);
        await later(() =>
          write(phone, (mine) => {
            // At most two on one item, as the vote allows: a third goes to the next item.
            const target = (mine.dots[id] ?? 0) >= 2 ? ids[(ids.indexOf(id) + 1) % ids.length] : id;
            mine.dots[target] = (mine.dots[target] ?? 0) + 1;
          }),
        );
      }
    }),
  );
  await waitAll('dots', expected);

  console.log(
    `bench:live meeting: 1 room × ${phoneCount} phones, each sending ${PER_PHONE} proposals and then ${PER_PHONE} dots, one write each, within ${spreadMs} ms`,
  );
  console.log(
    `  proposal, phone send → facilitator receipt (sealed, opened): ${spread(latencies.proposals)} (${latencies.proposals.length}/${expected} received)`,
  );
  console.log(
    `  vote opened, facilitator board → every phone (sealed, opened): ${spread(latencies.vote)} (${latencies.vote.length}/${phoneCount} phones)`,
  );
  console.log(
    `  dot, phone send → facilitator receipt (sealed, opened): ${spread(latencies.dots)} (${latencies.dots.length}/${expected} received)`,
  );
}

async function runBenchmark() {
  const rooms = count('BENCH_ROOMS', 50, 500);
  const phonesPerRoom = count('BENCH_PHONES', 30, 200);
  const spreadMs = count('BENCH_SPREAD_MS', 3000, 60_000);
  const timeoutMs = count('BENCH_TIMEOUT_MS', 120_000, 600_000);
  const meetingPhones = count('BENCH_MEETING_PHONES', 30, 100);
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
    openBallotsAsPhonesAnnounce(board, facSocket, room, async (name, text) => {
      const value = await open(key, name, 'ballot', text);
      const start = sentAt.get(name);
      if (start === undefined || value.seq !== 1) return;
      sentAt.delete(name);
      latencies.push(performance.now() - start);
      received += 1;
      if (received === expected) allReceived();
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
  const after = await memory();
  // The rounds' devices leave before the meeting starts, so its figures are its own.
  for (const socket of sockets.splice(0)) socket.destroy();

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

  await runMeeting(url, meetingPhones, spreadMs, sockets);
  clearTimeout(deadline);
  await stopAll();
  process.exit(0);
}

if (process.argv.includes('--relay-child')) await runRelayChild();
else await runBenchmark();
