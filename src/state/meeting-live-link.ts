import { create } from 'zustand';
import type { Language } from '@/i18n/languages';
import { loadToolkit } from '@/content/toolkit';
import type { ToolkitText } from '@/content/types';
import { dotsUsed, withinBudget, type Dots } from '@/domain/dot-vote';
import type { AnyBoardContent, FacilitatorSession } from '@/live/facilitator-session';
import type { MeetingBallotState, RoomBallotState } from '@/live/protocol';
import type { LiveConfig } from '@/live/relay-config';
import type { LiveStatus } from '@/live/status';
import type { PhoneProposal } from './live-meeting-slice';
import { forgetRoomSecrets, readRoomSecrets, saveRoomSecrets } from './live-room-secrets';
import { meetingBoardOf, stopOpBoardOf } from './meeting-live-board';
import { useWorkspace } from './workspace-store';

/** A room beside a round's: a meeting's, or a stop op's (an experiment's check-in). */
export type LiveTarget =
  { kind: 'meeting'; meetingId: string; title: string } | { kind: 'stopOp'; experimentId: string };

/** Where a target's room secrets are kept (never in the workspace). */
export const liveTargetKey = (target: LiveTarget) =>
  target.kind === 'meeting' ? `meeting:${target.meetingId}` : `stopOp:${target.experimentId}`;

export interface MeetingLiveState {
  /** The target's key (liveTargetKey), while linked. */
  key: string | null;
  status: LiveStatus | null;
  /** Phones in the room now. */
  phones: number;
  joinUrl: string | null;
  /** Proposals from phones waiting for the facilitator (accept, merge or hide), oldest first. */
  inbox: PhoneProposal[];
  /** Phones whose dots count in the open vote. */
  votesCast: number;
  connect: (target: LiveTarget, config: LiveConfig, language?: Language) => Promise<void>;
  disconnect: () => void;
  /** Close the open dot vote with the phones' dots (none without phones) and order the board. */
  closeVote: (meetingId: string) => void;
  /** Stop using phones for the target: phones are told, the room's keys are forgotten. */
  end: (target: LiveTarget) => Promise<void>;
}

let session: FacilitatorSession | null = null;
/** How long ending a room waits for its ended board to reach the relay (on a bad connection). */
const ENDED_DELIVERY_MS = 3000;
/** Counts connects and disconnects, so a connect still loading when its room was left opens nothing. */
let generation = 0;
let stopFollowing: (() => void) | null = null;
/** Each phone's latest ballot, by its random id: in memory only, never saved. */
const ballots = new Map<string, RoomBallotState>();

const meetingBallots = (meetingId: string): [string, MeetingBallotState][] =>
  [...ballots].filter((entry): entry is [string, MeetingBallotState] => {
    const ballot = entry[1];
    return ballot.kind === 'meeting' && ballot.meetingId === meetingId;
  });

/** The phones' dots for a meeting's vote (one placement per phone). */
export function phoneDots(meetingId: string): Dots[] {
  return meetingBallots(meetingId).map(([, ballot]) => ballot.dots);
}

/** The inbox and the votes cast, from the phones' ballots and what the facilitator decided. */
function meetingCounts(meetingId: string): Pick<MeetingLiveState, 'inbox' | 'votesCast'> {
  const meeting = useWorkspace.getState().meetings.find((m) => m.id === meetingId);
  if (!meeting) return { inbox: [], votesCast: 0 };
  const decided = meeting.liveProposals ?? {};
  const inbox: PhoneProposal[] = [];
  for (const [pid, ballot] of meetingBallots(meetingId)) {
    for (const proposal of ballot.proposals) {
      const key = `${pid}:${proposal.id}`;
      if (!decided[key]) inbox.push({ key, text: proposal.text, themeId: proposal.themeId });
    }
  }
  const vote = meeting.dotVote;
  const votesCast =
    vote?.phase === 'open'
      ? phoneDots(meetingId).filter((dots) => dotsUsed(dots) > 0 && withinBudget(dots, vote.items, vote))
          .length
      : 0;
  return { inbox, votesCast };
}

function saveStopOp(experimentId: string, pid: string, ballot: RoomBallotState) {
  if (ballot.kind !== 'stopOp' || ballot.experimentId !== experimentId) return;
  const { learned, continueWith, adjust, score } = ballot;
  useWorkspace
    .getState()
    .savePhoneCheckIn(experimentId, ballot.week, pid, { learned, continueWith, adjust, score });
}

const sameInbox = (a: readonly PhoneProposal[], b: readonly PhoneProposal[]) =>
  a.length === b.length && a.every((item, i) => item.key === b[i]?.key);

export const useMeetingLiveLink = create<MeetingLiveState>()((set, get) => {
  const refresh = (target: LiveTarget) => {
    if (target.kind === 'stopOp') {
      // Answers sent while the stop op was closed land once it is open again (an unchanged one is a no-op).
      for (const [pid, ballot] of ballots) saveStopOp(target.experimentId, pid, ballot);
      return;
    }
    const next = meetingCounts(target.meetingId);
    if (sameInbox(next.inbox, get().inbox) && next.votesCast === get().votesCast) return;
    set(next);
  };

  const boardOf = (target: LiveTarget, toolkit: ToolkitText): AnyBoardContent | null => {
    const workspace = useWorkspace.getState();
    if (target.kind === 'stopOp') {
      const experiment = workspace.experiments.find((e) => e.id === target.experimentId);
      return experiment ? stopOpBoardOf(experiment) : null;
    }
    const meeting = workspace.meetings.find((m) => m.id === target.meetingId);
    if (!meeting?.livePhones) return null;
    return meetingBoardOf({
      meeting,
      proposals: workspace.proposals,
      groups: workspace.proposalGroups,
      toolkit,
      title: target.title,
      nowMs: Date.now(),
    });
  };

  return {
    key: null,
    status: null,
    phones: 0,
    joinUrl: null,
    inbox: [],
    votesCast: 0,

    connect: async (target, config, language = 'da') => {
      const key = liveTargetKey(target);
      if (get().key === key && session) return;
      get().disconnect();
      const mine = ++generation;
      const [{ makeRoomSecrets, openRoom }, { joinUrl }, toolkit] = await Promise.all([
        import('@/live/facilitator-session'),
        import('@/live/join-address'),
        loadToolkit(language),
      ]);
      if (mine !== generation) return;
      const secrets = readRoomSecrets(key) ?? makeRoomSecrets();
      saveRoomSecrets(key, secrets);
      const opened = openRoom({ relayUrl: config.relayUrl, secrets });
      session = opened;
      set({ key, status: { kind: 'connecting' }, phones: 0, joinUrl: joinUrl(config.joinBase, secrets) });

      opened.onStatus((status) => set({ status }));
      opened.onPhones((pids) => set({ phones: pids.size }));
      opened.onRoomBallot((pid, ballot) => {
        ballots.set(pid, ballot);
        if (target.kind === 'stopOp') {
          if (ballot.kind !== 'stopOp' || ballot.experimentId !== target.experimentId) return;
          const { learned, continueWith, adjust, score } = ballot;
          useWorkspace.getState().savePhoneCheckIn(target.experimentId, ballot.week, pid, {
            learned,
            continueWith,
            adjust,
            score,
          });
          return;
        }
        refresh(target);
      });

      let published = '';
      const publish = () => {
        const board = boardOf(target, toolkit);
        // The clock it was sent at changes every time; only a change of what phones see is sent.
        const text = JSON.stringify(board ? { ...board, sentAt: 0 } : null);
        if (!board || text === published) return;
        published = text;
        void opened.publishBoard(board);
      };
      stopFollowing = useWorkspace.subscribe(() => {
        publish();
        refresh(target);
      });
      publish();
      refresh(target);
    },

    disconnect: () => {
      generation += 1;
      stopFollowing?.();
      stopFollowing = null;
      session?.destroy();
      session = null;
      ballots.clear();
      set({ key: null, status: null, phones: 0, joinUrl: null, inbox: [], votesCast: 0 });
    },

    closeVote: (meetingId) => {
      useWorkspace.getState().closeDotVote(meetingId, phoneDots(meetingId));
    },

    end: async (target) => {
      const key = liveTargetKey(target);
      const workspace = useWorkspace.getState();
      let title = target.kind === 'meeting' ? target.title : '';
      if (target.kind === 'stopOp') {
        const experiment = workspace.experiments.find((e) => e.id === target.experimentId);
        title = experiment ? (stopOpBoardOf(experiment)?.title ?? '') : '';
        const live = experiment?.liveCheckIn;
        if (live?.phase === 'open')
          workspace.setLiveCheckIn(target.experimentId, { ...live, phase: 'closed' });
      }
      // The phones are told the room has ended (an open one, one reloaded, one scanning the old code),
      // and the board waits to reach the relay before the socket goes.
      const ending = get().key === key ? session : null;
      if (ending) {
        stopFollowing?.();
        stopFollowing = null;
        await ending.publishBoard({ kind: 'ended', of: target.kind, title });
        await ending.delivered(ENDED_DELIVERY_MS);
      }
      if (get().key === key) get().disconnect();
      generation += 1;
      if (target.kind === 'meeting') useWorkspace.getState().setMeetingPhones(target.meetingId, false);
      else useWorkspace.getState().setLiveCheckIn(target.experimentId, null);
      forgetRoomSecrets(key);
    },
  };
});
