import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { randomSecret } from './base64url';
import {
  parseBallot,
  parseRoomBallot,
  type BallotState,
  type BoardState,
  type EndedBoardState,
  type MeetingBoardState,
  type RoomBallotState,
  type StopOpBoardState,
} from './protocol';
import { refusalReason } from './refusal';
import { openRelaySocket } from './relay-socket';
import { deriveRoomKeys } from './room-keys';
import { watchSealed } from './sealed-values';
import type { LiveStatus } from './status';
import { syncedWriter } from './synced-writer';
import { ballotName, boardName, facilitatorToken } from './tokens';

/** The facilitator's secrets for one room; kept on the facilitator's device only. */
export interface RoomSecrets {
  /** Room id, 128 bits. */
  sid: string;
  /** Room key, 256 bits: travels in the join address's fragment only. */
  k: string;
  /** Proves to the relay that this device runs the room; never in the join address. */
  facSecret: string;
}

export function makeRoomSecrets(): RoomSecrets {
  return { sid: randomSecret(16), k: randomSecret(32), facSecret: randomSecret(32) };
}

export type BoardContent = Omit<BoardState, 'seq'>;
export type MeetingBoardContent = Omit<MeetingBoardState, 'seq'>;
export type StopOpBoardContent = Omit<StopOpBoardState, 'seq'>;
export type EndedBoardContent = Omit<EndedBoardState, 'seq'>;
/** What a facilitator may publish: a round's board, a meeting's or a stop op's, or that the room ended. */
export type AnyBoardContent = BoardContent | MeetingBoardContent | StopOpBoardContent | EndedBoardContent;

const parseAnyBallot = (value: unknown): BallotState | RoomBallotState | null =>
  parseBallot(value) ?? parseRoomBallot(value);

export interface FacilitatorSession {
  /** Seals and writes the board; written once the board is in sync with the relay, and again after. */
  publishBoard(board: AnyBoardContent): Promise<void>;
  /**
   * Resolves true once everything published has reached the relay, or false after `timeoutMs`
   * (no connection): ending a room waits for its ended board before the socket goes.
   */
  delivered(timeoutMs: number): Promise<boolean>;
  /** Every newer round ballot of every phone, with the phone's random id. */
  onBallot(listener: (pid: string, ballot: BallotState) => void): () => void;
  /** Every newer meeting or stop op ballot of every phone, with the phone's random id. */
  onRoomBallot(listener: (pid: string, ballot: RoomBallotState) => void): () => void;
  /** The phones in the room now (their random ids), from the board's presence. */
  onPhones(listener: (pids: ReadonlySet<string>) => void): () => void;
  onStatus(listener: (status: LiveStatus) => void): () => void;
  destroy(): void;
}

export interface OpenRoomOptions {
  relayUrl: string;
  secrets: RoomSecrets;
  WebSocketPolyfill?: unknown;
  now?: () => number;
}

const PID = /^[0-9a-f]{32}$/;

/** Open (or re-open, after a reload) the room on the relay as its facilitator. */
export function openRoom(options: OpenRoomOptions): FacilitatorSession {
  const { secrets, now = Date.now } = options;
  const ballotListeners = new Set<(pid: string, ballot: BallotState) => void>();
  const roomBallotListeners = new Set<(pid: string, ballot: RoomBallotState) => void>();
  const roomBallots = new Map<string, RoomBallotState>();
  const phoneListeners = new Set<(pids: ReadonlySet<string>) => void>();
  const statusListeners = new Set<(status: LiveStatus) => void>();
  const ballots = new Map<string, BallotState>();
  let phones: ReadonlySet<string> = new Set();
  let status: LiveStatus = { kind: 'connecting' };
  const cleanups: (() => void)[] = [];

  const setStatus = (next: LiveStatus) => {
    status = next;
    for (const listener of statusListeners) listener(status);
  };

  const relay = openRelaySocket(options.relayUrl, options.WebSocketPolyfill);
  cleanups.push(() => relay.destroy());
  cleanups.push(relay.onConnection((connected) => setStatus({ kind: connected ? 'connecting' : 'offline' })));

  const ready = (async () => {
    const keys = await deriveRoomKeys(secrets.k, secrets.sid);
    const token = facilitatorToken(secrets.sid, secrets.facSecret, keys.joinToken);
    const boardDoc = new Y.Doc();
    const boardProvider = new HocuspocusProvider({
      websocketProvider: relay.socket,
      name: boardName(secrets.sid),
      document: boardDoc,
      token,
    });
    boardProvider.on('authenticated', () => setStatus({ kind: 'connected' }));
    boardProvider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      setStatus({ kind: 'refused', reason: refusalReason(reason) }),
    );
    boardProvider.attach();
    const writer = syncedWriter<AnyBoardContent>(
      boardProvider,
      boardDoc,
      boardName(secrets.sid),
      keys,
      'board',
      now,
    );

    const opened = new Map<string, () => void>();
    const openBallot = (pid: string) => {
      const name = ballotName(secrets.sid, pid);
      const doc = new Y.Doc();
      const provider = new HocuspocusProvider({
        websocketProvider: relay.socket,
        name,
        document: doc,
        token,
        awareness: null,
      });
      provider.attach();
      const stop = watchSealed(doc, name, keys, 'ballot', parseAnyBallot, (ballot) => {
        if (ballot.kind === 'meeting' || ballot.kind === 'stopOp') {
          roomBallots.set(pid, ballot);
          for (const listener of roomBallotListeners) listener(pid, ballot);
          return;
        }
        ballots.set(pid, ballot);
        for (const listener of ballotListeners) listener(pid, ballot);
      });
      opened.set(pid, () => {
        stop();
        provider.destroy();
      });
    };

    const onAwareness = ({ states }: { states: { clientId: number; [key: string]: unknown }[] }) => {
      const present = new Set<string>();
      for (const state of states) {
        if (typeof state.pid === 'string' && PID.test(state.pid)) present.add(state.pid);
      }
      // A phone that left keeps its ballot open: its answer counts until the round closes.
      for (const pid of present) if (!opened.has(pid)) openBallot(pid);
      phones = present;
      for (const listener of phoneListeners) listener(phones);
    };
    boardProvider.on('awarenessChange', onAwareness);

    cleanups.push(() => {
      for (const close of opened.values()) close();
      writer.destroy();
      boardProvider.destroy();
    });
    const delivered = (timeoutMs: number) =>
      new Promise<boolean>((resolve) => {
        if (boardProvider.isSynced && boardProvider.unsyncedChanges === 0) {
          resolve(true);
          return;
        }
        const done = (value: boolean) => {
          clearTimeout(timer);
          boardProvider.off('unsyncedChanges', onChanges);
          resolve(value);
        };
        const onChanges = ({ number }: { number: number }) => {
          if (number === 0) done(true);
        };
        const timer = setTimeout(() => done(false), timeoutMs);
        boardProvider.on('unsyncedChanges', onChanges);
      });
    return { writer, delivered };
  })();

  return {
    async publishBoard(board) {
      await (await ready).writer.write(board);
    },
    async delivered(timeoutMs) {
      return (await ready).delivered(timeoutMs);
    },
    onBallot(listener) {
      ballotListeners.add(listener);
      for (const [pid, ballot] of ballots) listener(pid, ballot);
      return () => ballotListeners.delete(listener);
    },
    onRoomBallot(listener) {
      roomBallotListeners.add(listener);
      for (const [pid, ballot] of roomBallots) listener(pid, ballot);
      return () => roomBallotListeners.delete(listener);
    },
    onPhones(listener) {
      phoneListeners.add(listener);
      listener(phones);
      return () => phoneListeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      listener(status);
      return () => statusListeners.delete(listener);
    },
    destroy() {
      void ready.finally(() => {
        for (const cleanup of cleanups.splice(0).reverse()) cleanup();
      });
    },
  };
}
