import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Score, ThemeId } from '@/content/ids';
import type { JoinAddress } from './join-address';
import {
  parseAnyBoard,
  type BoardState,
  type EndedBoardState,
  type MeetingBallotState,
  type MeetingBoardState,
  type StopOpBallotState,
  type StopOpBoardState,
} from './protocol';
import { refusalReason, type RefusalReason } from './refusal';
import { openRelaySocket } from './relay-socket';
import { deriveRoomKeys, pidOf } from './room-keys';
import { watchSealed } from './sealed-values';
import type { LiveStatus } from './status';
import { syncedWriter } from './synced-writer';
import { ballotName, boardName, phoneToken } from './tokens';

/** What the phone page works with: the board it reads, and the one ballot it writes. */
export interface PhoneSession {
  /** Calls back with every newer board (and at once with the current one, if any). */
  onBoard(listener: (board: BoardState) => void): () => void;
  onStatus(listener: (status: LiveStatus) => void): () => void;
  /** Calls back with true when everything written has reached the relay, false while some has not. */
  onDelivered(listener: (delivered: boolean) => void): () => void;
  /** Seals and writes the ballot (a fresh seq is added); sent when the connection allows, once. */
  sendBallot(ballot: { roundId: string; scores: Partial<Record<ThemeId, Score>> }): Promise<void>;
  /** Calls back with every newer meeting or stop op board (issue #17); a round's goes to onBoard. */
  onRoomBoard?(listener: (board: RoomBoard) => void): () => void;
  /** Seals and writes a meeting's or a stop op's ballot, as sendBallot does a round's. */
  sendRoomBallot?(ballot: RoomBallot): Promise<void>;
  /** Calls back once the facilitator has ended the room (and at once if it already has). */
  onEnded?(listener: (ended: EndedBoardState) => void): () => void;
  destroy(): void;
}

/** A meeting's or a stop op's board: what a phone shows instead of a round's vurderingsskema. */
export type RoomBoard = MeetingBoardState | StopOpBoardState;
/** A meeting's or a stop op's ballot as the page writes it (the session adds the seq). */
export type RoomBallot = Omit<MeetingBallotState, 'seq'> | Omit<StopOpBallotState, 'seq'>;

export interface JoinOptions {
  relayUrl: string;
  address: JoinAddress;
  /** The phone's own secret (a new `randomSecret(32)`), kept on the phone so a reload keeps its ballot. */
  pidSecret: string;
  /** The last seq this phone used, so a reload continues above it. */
  lastSeq?: number;
  /** Node's `ws` in tests and benchmarks; browsers have WebSocket. */
  WebSocketPolyfill?: unknown;
  now?: () => number;
}

// A room is unknown until its facilitator has connected (or again after the relay restarted); a full
// room or a busy relay may have room again a little later.
const ROOM_UNKNOWN_RETRY_MS = 4_000;
// These will not get better by trying again with the same address.
const FINAL: readonly RefusalReason[] = ['bad-key', 'bad-token', 'forbidden', 'origin'];

export function joinRoom(options: JoinOptions): PhoneSession {
  const { address, pidSecret, now = Date.now } = options;
  const boardListeners = new Set<(board: BoardState) => void>();
  const roomListeners = new Set<(board: RoomBoard) => void>();
  let roomBoard: RoomBoard | null = null;
  const endedListeners = new Set<(ended: EndedBoardState) => void>();
  let ended: EndedBoardState | null = null;
  const statusListeners = new Set<(status: LiveStatus) => void>();
  const deliveredListeners = new Set<(delivered: boolean) => void>();
  let board: BoardState | null = null;
  let status: LiveStatus = { kind: 'connecting' };
  let destroyed = false;
  const cleanups: (() => void)[] = [];

  const setStatus = (next: LiveStatus) => {
    if (status.kind === 'refused' && FINAL.includes(status.reason)) return;
    status = next;
    for (const listener of statusListeners) listener(status);
  };

  const relay = openRelaySocket(options.relayUrl, options.WebSocketPolyfill);
  cleanups.push(() => relay.destroy());

  const ready = (async () => {
    const keys = await deriveRoomKeys(address.k, address.sid);
    const pid = await pidOf(pidSecret);
    const token = phoneToken(address.sid, keys.joinToken, pidSecret);
    const boardDoc = new Y.Doc();
    const ballotDoc = new Y.Doc();
    let retry: ReturnType<typeof setTimeout> | undefined;

    const refused = (data: { reason: string }) => {
      const reason = refusalReason(data.reason);
      setStatus({ kind: 'refused', reason });
      if (FINAL.includes(reason)) return;
      // The relay decides a document's authentication once per socket, so trying again takes a new
      // socket: after a relay restart the phones may be back before the facilitator has re-opened the room.
      clearTimeout(retry);
      retry = setTimeout(() => {
        if (!destroyed) relay.reconnect();
      }, ROOM_UNKNOWN_RETRY_MS);
    };
    const boardProvider = new HocuspocusProvider({
      websocketProvider: relay.socket,
      name: boardName(address.sid),
      document: boardDoc,
      token,
    });
    boardProvider.on('authenticationFailed', refused);
    boardProvider.on('authenticated', () => setStatus({ kind: 'connected' }));
    // The only thing a phone tells the room: that this ballot exists, so the facilitator opens it.
    boardProvider.setAwarenessField('pid', pid);
    boardProvider.attach();

    const ballotProvider = new HocuspocusProvider({
      websocketProvider: relay.socket,
      name: ballotName(address.sid, pid),
      document: ballotDoc,
      token,
      awareness: null,
    });
    ballotProvider.on('authenticationFailed', refused);
    ballotProvider.on('unsyncedChanges', ({ number }: { number: number }) => {
      for (const listener of deliveredListeners) listener(number === 0);
    });
    ballotProvider.attach();

    // Back from the background: say again that this phone is here (pagehide removed it).
    const onPageShow = () => boardProvider.setAwarenessField('pid', pid);
    if (typeof window !== 'undefined') window.addEventListener('pageshow', onPageShow);

    // One room holds one kind of board at a time (and, once ended, the ended one); each kind goes to its
    // own listeners.
    const stopWatching = watchSealed(
      boardDoc,
      boardName(address.sid),
      keys,
      'board',
      parseAnyBoard,
      (next) => {
        if (next.kind === undefined) {
          board = next;
          for (const listener of boardListeners) listener(next);
        } else if (next.kind === 'ended') {
          ended = next;
          for (const listener of endedListeners) listener(next);
        } else {
          roomBoard = next;
          for (const listener of roomListeners) listener(next);
        }
      },
    );
    const writer = syncedWriter(
      ballotProvider,
      ballotDoc,
      ballotName(address.sid, pid),
      keys,
      'ballot',
      now,
      options.lastSeq ?? 0,
    );
    cleanups.push(() => {
      clearTimeout(retry);
      stopWatching();
      writer.destroy();
      if (typeof window !== 'undefined') window.removeEventListener('pageshow', onPageShow);
      boardProvider.destroy();
      ballotProvider.destroy();
    });
    return writer;
  })();
  ready.catch(() => setStatus({ kind: 'refused', reason: 'bad-key' }));

  cleanups.push(
    relay.onConnection((connected) => {
      if (!connected) setStatus({ kind: 'offline' });
    }),
  );

  return {
    onBoard(listener) {
      boardListeners.add(listener);
      if (board) listener(board);
      return () => boardListeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      listener(status);
      return () => statusListeners.delete(listener);
    },
    onDelivered(listener) {
      deliveredListeners.add(listener);
      return () => deliveredListeners.delete(listener);
    },
    async sendBallot(ballot) {
      const writer = await ready;
      await writer.write(ballot);
    },
    onRoomBoard(listener) {
      roomListeners.add(listener);
      if (roomBoard) listener(roomBoard);
      return () => roomListeners.delete(listener);
    },
    async sendRoomBallot(ballot) {
      const writer = await ready;
      await writer.write(ballot);
    },
    onEnded(listener) {
      endedListeners.add(listener);
      if (ended) listener(ended);
      return () => endedListeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      void ready.finally(() => {
        for (const cleanup of cleanups.splice(0).reverse()) cleanup();
      });
    },
  };
}
