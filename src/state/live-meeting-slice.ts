import type { StateCreator } from 'zustand';
import type { CheckInWeek, Score, ThemeId } from '@/content/ids';
import { boardColumns, UNGROUPED } from '@/domain/board';
import {
  orderBoardByVotes,
  tallyVotes,
  voteItems,
  voteRules,
  type Dots,
  type Tally,
} from '@/domain/dot-vote';
import type { Experiment } from '@/domain/entities/experiment';
import type { DotVote, LiveProposalDecision, Meeting } from '@/domain/entities/meeting';
import type { Workspace } from '@/domain/entities/workspace';
import { withPhoneAnswer } from '@/domain/live-check-in';
import { boardGroups, boardProposals } from '@/domain/proposals';
import { nowIso, todayIso } from '@/lib/clock';
import { liveResponseId } from './assessments-slice';
import type { ProposalsSlice } from './proposals-slice';

/** A proposal sent from a phone, as the inbox shows it; `key` is `<pid>:<the phone's id>`. */
export interface PhoneProposal {
  key: string;
  text: string;
  themeId: ThemeId | null;
}

export interface DotVoteSettings {
  on: 'proposals' | 'groups';
  dots?: number;
  maxPerItem?: number;
}

export interface PhoneCheckInInput {
  learned: string;
  continueWith: string;
  adjust: string;
  score: Score | null;
}

export interface LiveMeetingSlice {
  /** Phones follow the meeting (true), or not any more (false). */
  setMeetingPhones: (meetingId: string, on: boolean) => void;
  /** Put a phone's proposal on the board (and in "Forslag fra mødet"); returns the new proposal's id. */
  acceptPhoneProposal: (meetingId: string, proposal: PhoneProposal) => string | null;
  /** Count a phone's proposal as said already: merged into a proposal on the board, its words not kept. */
  mergePhoneProposal: (meetingId: string, key: string, intoProposalId: string) => void;
  /** Hide a phone's proposal: it never reaches the board, the projector or a phone; its words are not kept. */
  hidePhoneProposal: (meetingId: string, key: string) => void;
  /** Open a dot vote on the board's proposals or groups; false when there is nothing to vote on. */
  openDotVote: (meetingId: string, settings: DotVoteSettings) => boolean;
  /**
   * Close the vote: count the phones' dots (a phone over budget left out as a whole), keep the result
   * with the meeting and order the board by it. Returns the tally, or null when no vote was open.
   */
  closeDotVote: (meetingId: string, placements: Iterable<Dots>) => Tally | null;
  /** Remove the vote and its result (to vote again). */
  clearDotVote: (meetingId: string) => void;
  /** Open the stop op of `week` for phones, close it, or stop using phones for it (null). */
  setLiveCheckIn: (experimentId: string, live: Experiment['liveCheckIn'] | null) => void;
  /** Save one phone's stop op answer in the open check-in; false when it was not taken. */
  savePhoneCheckIn: (
    experimentId: string,
    week: CheckInWeek,
    pid: string,
    answer: PhoneCheckInInput,
  ) => boolean;
}

type State = Workspace & LiveMeetingSlice & ProposalsSlice;

function patch(meetings: readonly Meeting[], id: string, update: (m: Meeting) => Meeting): Meeting[] {
  return meetings.map((m) => (m.id === id ? update(m) : m));
}

const decided = (m: Meeting, key: string, decision: LiveProposalDecision): Meeting => ({
  ...m,
  liveProposals: { ...m.liveProposals, [key]: decision },
});

export const createLiveMeetingSlice: StateCreator<State, [], [], LiveMeetingSlice> = (set, get) => {
  const meeting = (id: string) => get().meetings.find((m) => m.id === id);
  const columnsOf = (m: Meeting) => {
    const scope = { teamId: m.teamId, meetingId: m.id };
    return boardColumns(boardProposals(get().proposals, scope), boardGroups(get().proposalGroups, scope));
  };

  return {
    setMeetingPhones: (meetingId, on) =>
      set((state) => ({
        meetings: patch(state.meetings, meetingId, ({ livePhones: _was, ...m }) =>
          on ? { ...m, livePhones: true } : m,
        ),
      })),

    acceptPhoneProposal: (meetingId, { key, text, themeId }) => {
      const m = meeting(meetingId);
      if (!m || m.liveProposals?.[key]) return null;
      const id = get().addProposal({ teamId: m.teamId, meetingId, text, themeId });
      set((state) => ({
        meetings: patch(state.meetings, meetingId, (x) =>
          decided(x, key, { action: 'accepted', proposalId: id }),
        ),
      }));
      return id;
    },

    mergePhoneProposal: (meetingId, key, intoProposalId) =>
      set((state) => ({
        meetings: patch(state.meetings, meetingId, (m) =>
          m.liveProposals?.[key] ? m : decided(m, key, { action: 'merged', proposalId: intoProposalId }),
        ),
      })),

    hidePhoneProposal: (meetingId, key) =>
      set((state) => ({
        meetings: patch(state.meetings, meetingId, (m) =>
          m.liveProposals?.[key] ? m : decided(m, key, { action: 'hidden', proposalId: null }),
        ),
      })),

    openDotVote: (meetingId, { on, dots, maxPerItem }) => {
      const m = meeting(meetingId);
      if (!m) return false;
      const items = voteItems(columnsOf(m), on, UNGROUPED);
      if (items.length === 0) return false;
      const rules = voteRules(dots, maxPerItem);
      const vote: DotVote = { phase: 'open', on, ...rules, items, openedAt: nowIso() };
      set((state) => ({ meetings: patch(state.meetings, meetingId, (x) => ({ ...x, dotVote: vote })) }));
      return true;
    },

    closeDotVote: (meetingId, placements) => {
      const m = meeting(meetingId);
      const vote = m?.dotVote;
      if (!m || vote?.phase !== 'open') return null;
      const tally = tallyVotes(placements, vote.items, vote);
      const closed: DotVote = {
        ...vote,
        phase: 'closed',
        counts: tally.counts,
        voters: tally.voters,
        closedAt: nowIso(),
      };
      set((state) => ({ meetings: patch(state.meetings, meetingId, (x) => ({ ...x, dotVote: closed })) }));
      get().applyBoardColumns(orderBoardByVotes(columnsOf(m), tally.counts, vote.on, UNGROUPED));
      return tally;
    },

    clearDotVote: (meetingId) =>
      set((state) => ({
        meetings: patch(state.meetings, meetingId, ({ dotVote: _dropped, ...m }) => m),
      })),

    setLiveCheckIn: (experimentId, live) =>
      set((state) => ({
        experiments: state.experiments.map((e) => {
          if (e.id !== experimentId) return e;
          const { liveCheckIn: _was, ...rest } = e;
          return live ? { ...rest, liveCheckIn: live } : rest;
        }),
      })),

    savePhoneCheckIn: (experimentId, week, pid, answer) => {
      const e = get().experiments.find((x) => x.id === experimentId);
      if (!e || e.liveCheckIn?.phase !== 'open' || e.liveCheckIn.week !== week) return false;
      const next = withPhoneAnswer(e, week, { id: liveResponseId(pid), ...answer }, todayIso(), nowIso());
      if (next === e) return false;
      set((state) => ({ experiments: state.experiments.map((x) => (x.id === experimentId ? next : x)) }));
      return true;
    },
  };
};
