import type { AnyBoardContent, OpenRoomOptions } from '@/live/facilitator-session';
import type { RoomBallotState } from '@/live/protocol';

/**
 * A stand-in for the relay in screen tests: the test plays the phones (`ballot`, `phones` are the
 * listeners the facilitator's room registered) and reads what the facilitator published (`boards`).
 * Create it in `vi.hoisted` and hand `fakeOpenRoom(relay)` to the mock of '@/live/facilitator-session'.
 */
export interface FakeRelay {
  boards: AnyBoardContent[];
  ballot: (pid: string, ballot: RoomBallotState) => void;
  phones: (pids: ReadonlySet<string>) => void;
  /** What loadLiveConfig answers: a relay by default; null when phones are not set up. */
  config: unknown;
}

export function fakeRelay(): FakeRelay {
  return {
    boards: [],
    ballot: () => {},
    phones: () => {},
    config: { relayUrl: 'wss://relay.kommune.dk', joinBase: 'https://servicetjek.kommune.dk/' },
  };
}

/** openRoom of the facilitator session, talking to the fake relay instead of a socket. */
export function fakeOpenRoom(relay: FakeRelay) {
  return (_options: OpenRoomOptions) => ({
    publishBoard: async (board: AnyBoardContent) => void relay.boards.push(board),
    delivered: async () => true,
    onBallot: () => () => {},
    onRoomBallot: (listener: FakeRelay['ballot']) => ((relay.ballot = listener), () => {}),
    onPhones: (listener: FakeRelay['phones']) => ((relay.phones = listener), () => {}),
    onStatus: () => () => {},
    destroy: () => {},
  });
}
