import { create } from 'zustand';
import { THEME_IDS, type ThemeId } from '@/content/ids';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { MIN_ANSWERS_FOR_DETAIL, summarizeRound } from '@/domain/scores';
import type { BoardContent, FacilitatorSession } from '@/live/facilitator-session';
import type { Distribution } from '@/live/protocol';
import type { LiveConfig } from '@/live/relay-config';
import type { LiveStatus } from '@/live/status';
import { forgetRoomSecrets, readRoomSecrets, saveRoomSecrets } from './live-room-secrets';
import { useWorkspace } from './workspace-store';

/**
 * The facilitator's link to the room's phones for one round at a time. It lives beside the
 * workspace, not in it: what the phones send is saved into the round as ordinary responses, and the
 * board the phones read follows the round's `livePhase`. The relay code loads only when used.
 */
export interface LiveLinkState {
  roundId: string | null;
  status: LiveStatus | null;
  /** Phones in the room now. */
  phones: number;
  /** The address the QR code shows. */
  joinUrl: string | null;
  /** Open (or re-open after a reload) the round's room; the round's phase decides what phones see. */
  connect: (roundId: string, config: LiveConfig) => Promise<void>;
  /** Leave the room; what arrived stays in the round. */
  disconnect: () => void;
  /** Close the room for good: phones are told it is closed and the room's keys are forgotten. */
  end: (roundId: string) => Promise<void>;
}

/** What the phones of a round see: the phase, the themes and, once revealed, the distribution. */
export function boardOf(round: AssessmentRound): BoardContent | null {
  if (!round.livePhase) return null;
  const board: BoardContent = {
    phase: round.livePhase,
    roundId: round.id,
    label: round.label,
    themes: [...THEME_IDS],
  };
  if (round.livePhase === 'revealed') {
    const distribution: Partial<Record<ThemeId, Distribution>> = {};
    // A theme with fewer answers than the screens show in detail stays hidden: too few to be anonymous.
    for (const summary of summarizeRound(round.responses, round.tally)) {
      if (summary.n >= MIN_ANSWERS_FOR_DETAIL) distribution[summary.themeId] = summary.counts;
    }
    board.distribution = distribution;
  }
  return board;
}

let session: FacilitatorSession | null = null;
/** How long ending a room waits for its ended board to reach the relay (on a bad connection). */
const ENDED_DELIVERY_MS = 3000;
let stopFollowing: (() => void) | null = null;

const findRound = (roundId: string) => useWorkspace.getState().assessments.find((r) => r.id === roundId);

export const useLiveLink = create<LiveLinkState>()((set, get) => ({
  roundId: null,
  status: null,
  phones: 0,
  joinUrl: null,

  connect: async (roundId, config) => {
    if (get().roundId === roundId && session) return;
    get().disconnect();
    const [{ makeRoomSecrets, openRoom }, { joinUrl }] = await Promise.all([
      import('@/live/facilitator-session'),
      import('@/live/join-address'),
    ]);
    const secrets = readRoomSecrets(roundId) ?? makeRoomSecrets();
    saveRoomSecrets(roundId, secrets);
    const opened = openRoom({ relayUrl: config.relayUrl, secrets });
    session = opened;
    set({ roundId, status: { kind: 'connecting' }, phones: 0, joinUrl: joinUrl(config.joinBase, secrets) });

    opened.onStatus((status) => set({ status }));
    opened.onPhones((pids) => set({ phones: pids.size }));
    opened.onBallot((pid, ballot) => {
      if (ballot.roundId === roundId) useWorkspace.getState().saveLiveBallot(roundId, pid, ballot.scores);
    });

    let published = '';
    const publish = () => {
      const round = findRound(roundId);
      const board = round ? boardOf(round) : null;
      const text = JSON.stringify(board);
      if (!board || text === published) return;
      published = text;
      void opened.publishBoard(board);
    };
    stopFollowing = useWorkspace.subscribe(publish);
    publish();
  },

  disconnect: () => {
    stopFollowing?.();
    stopFollowing = null;
    session?.destroy();
    session = null;
    set({ roundId: null, status: null, phones: 0, joinUrl: null });
  },

  end: async (roundId) => {
    const round = findRound(roundId);
    if (round?.livePhase === 'open') useWorkspace.getState().setLivePhase(roundId, 'closed');
    // The phones are told the round has ended (an open one, one reloaded, one scanning the old code),
    // and the board waits to reach the relay before the socket goes.
    const ending = get().roundId === roundId ? session : null;
    if (ending) {
      stopFollowing?.();
      stopFollowing = null;
      await ending.publishBoard({ kind: 'ended', of: 'round', title: round?.label ?? '' });
      await ending.delivered(ENDED_DELIVERY_MS);
    }
    if (get().roundId === roundId) get().disconnect();
    useWorkspace.getState().setLivePhase(roundId, null);
    forgetRoomSecrets(roundId);
  },
}));
