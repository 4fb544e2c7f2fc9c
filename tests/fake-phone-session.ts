import { vi } from 'vitest';
import type { PhoneSession, RoomBallot, RoomBoard } from '@/live/phone-session';
import type { BoardState, EndedBoardState } from '@/live/protocol';
import type { LiveStatus } from '@/live/status';

/**
 * A stand-in for the phone's session (src/live/phone-session.ts) in the phone page's tests, driven by
 * the test: it replays the current board and status to a new listener, as the real one does, and hands
 * each board to the listeners of its kind (a round's to onBoard, a meeting's or stop op's to onRoomBoard,
 * an ended room's to onEnded).
 */
export function fakePhoneSession(initial: LiveStatus = { kind: 'connecting' }) {
  const boards = new Set<(board: BoardState) => void>();
  const rooms = new Set<(board: RoomBoard) => void>();
  const endings = new Set<(ended: EndedBoardState) => void>();
  const statuses = new Set<(status: LiveStatus) => void>();
  const delivered = new Set<(delivered: boolean) => void>();
  let current: BoardState | null = null;
  let currentRoom: RoomBoard | null = null;
  let ended: EndedBoardState | null = null;
  let status = initial;
  /** The round ballots the page sent. */
  const sent: { roundId: string; scores: object }[] = [];
  /** The meeting and stop op ballots the page sent. */
  const roomSent: RoomBallot[] = [];
  const session: PhoneSession = {
    onBoard(listener) {
      boards.add(listener);
      if (current) listener(current);
      return () => boards.delete(listener);
    },
    onRoomBoard(listener) {
      rooms.add(listener);
      if (currentRoom) listener(currentRoom);
      return () => rooms.delete(listener);
    },
    onEnded(listener) {
      endings.add(listener);
      if (ended) listener(ended);
      return () => endings.delete(listener);
    },
    onStatus(listener) {
      statuses.add(listener);
      listener(status);
      return () => statuses.delete(listener);
    },
    onDelivered(listener) {
      delivered.add(listener);
      return () => delivered.delete(listener);
    },
    sendBallot: async (ballot) => {
      sent.push(structuredClone(ballot));
    },
    sendRoomBallot: async (ballot) => {
      roomSent.push(structuredClone(ballot));
    },
    destroy: vi.fn(),
  };
  return {
    session,
    sent,
    roomSent,
    board(next: BoardState | RoomBoard | EndedBoardState) {
      if (next.kind === undefined) {
        current = next;
        for (const listener of boards) listener(next);
      } else if (next.kind === 'ended') {
        ended = next;
        for (const listener of endings) listener(next);
      } else {
        currentRoom = next;
        for (const listener of rooms) listener(next);
      }
    },
    status(next: LiveStatus) {
      status = next;
      for (const listener of statuses) listener(next);
    },
    delivered(value: boolean) {
      for (const listener of delivered) listener(value);
    },
  };
}
