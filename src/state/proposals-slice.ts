import type { StateCreator } from 'zustand';
import type { ThemeId } from '@/content/ids';
import { applyBoard, applyQuadrants, toggleTop, type Columns } from '@/domain/board';
import type { Handover, Proposal, ProposalGroup } from '@/domain/entities/proposal';
import type { Workspace } from '@/domain/entities/workspace';
import { boardProposals, bringToBoard, maxRank, type BoardScope } from '@/domain/proposals';
import { nowIso } from '@/lib/clock';
import { createId } from '@/lib/id';
import type { ExperimentsSlice } from './experiments-slice';

export interface NewProposal {
  teamId: string;
  meetingId: string | null;
  text: string;
  themeId?: ThemeId | null;
}

/** What a deletion removed, so undo can put it back exactly. */
export interface DeletedProposal {
  proposal: Proposal;
  index: number;
}

export interface ChooseInput {
  ids: readonly string[];
  /** First day of the six weeks, ISO `YYYY-MM-DD`. */
  startDate: string;
}

export type NewHandover = Pick<
  Handover,
  'teamId' | 'meetingId' | 'who' | 'followUpDate' | 'note' | 'proposalIds'
>;

export interface ProposalsSlice {
  /** Add a proposal at the end of the list; returns its id. */
  addProposal: (proposal: NewProposal) => string;
  updateProposal: (id: string, changes: Partial<Pick<Proposal, 'text' | 'themeId'>>) => void;
  /** Remove a proposal; returns what undo needs, or null when it did not exist. */
  deleteProposal: (id: string) => DeletedProposal | null;
  /** Put a deleted proposal back where it was. */
  restoreProposal: (deleted: DeletedProposal) => void;
  /** Create an empty group on a board; returns its id. */
  addGroup: (scope: BoardScope, name: string) => string;
  renameGroup: (id: string, name: string) => void;
  /** Remove a group; its proposals go back to the end of the list. */
  dissolveGroup: (id: string) => void;
  /** Write a board's columns (list and groups, dnd-kit's shape) back to groupId and rank. */
  applyBoardColumns: (columns: Columns) => void;
  /** Write the 2×2's columns back to quadrant and rank. */
  applyQuadrantColumns: (columns: Columns) => void;
  /** Mark or unmark a proposal as one of the board's top 2–3; false when the limit refused it. */
  toggleTopProposal: (id: string) => boolean;
  /** Decision A: turn proposals into experiments in the handleplan; returns the experiments' ids. */
  chooseProposals: (input: ChooseInput) => string[];
  /** Decision B: the AMO/MED group takes the proposals on; returns the handover's id. */
  handOverProposals: (handover: NewHandover) => string;
  /** Bring parked proposals onto a board (a meeting's or the team's own). */
  bringProposalsToBoard: (ids: readonly string[], scope: BoardScope) => void;
}

type State = Workspace & ProposalsSlice & ExperimentsSlice;

export const createProposalsSlice: StateCreator<State, [], [], ProposalsSlice> = (set, get) => ({
  addProposal: ({ teamId, meetingId, text, themeId = null }) => {
    const id = createId();
    set((state) => {
      const proposal: Proposal = {
        id,
        teamId,
        meetingId,
        text: text.trim(),
        themeId,
        groupId: null,
        rank: maxRank(state.proposals) + 1,
        quadrant: null,
        top: false,
        status: 'open',
        createdAt: nowIso(),
      };
      return { proposals: [...state.proposals, proposal] };
    });
    return id;
  },
  updateProposal: (id, changes) =>
    set((state) => ({
      proposals: state.proposals.map((p) =>
        p.id === id ? { ...p, ...changes, text: (changes.text ?? p.text).trim() } : p,
      ),
    })),
  deleteProposal: (id) => {
    const index = get().proposals.findIndex((p) => p.id === id);
    const proposal = get().proposals[index];
    if (!proposal) return null;
    set((state) => ({ proposals: state.proposals.filter((p) => p.id !== id) }));
    return { proposal, index };
  },
  restoreProposal: ({ proposal, index }) =>
    set((state) => {
      if (state.proposals.some((p) => p.id === proposal.id)) return {};
      // The group it sat in may have been dissolved meanwhile; then it returns to the list.
      const groupId = state.proposalGroups.some((g) => g.id === proposal.groupId) ? proposal.groupId : null;
      const proposals = [...state.proposals];
      proposals.splice(Math.min(index, proposals.length), 0, { ...proposal, groupId });
      return { proposals };
    }),
  addGroup: ({ teamId, meetingId }, name) => {
    const group: ProposalGroup = {
      id: createId(),
      teamId,
      meetingId,
      name: name.trim(),
      rank: maxRank(get().proposalGroups) + 1,
    };
    set((state) => ({ proposalGroups: [...state.proposalGroups, group] }));
    return group.id;
  },
  renameGroup: (id, name) =>
    set((state) => ({
      proposalGroups: state.proposalGroups.map((g) => (g.id === id ? { ...g, name: name.trim() } : g)),
    })),
  dissolveGroup: (id) =>
    set((state) => {
      let rank = maxRank(state.proposals);
      return {
        proposalGroups: state.proposalGroups.filter((g) => g.id !== id),
        proposals: state.proposals.map((p) => (p.groupId === id ? { ...p, groupId: null, rank: ++rank } : p)),
      };
    }),
  applyBoardColumns: (columns) =>
    set((state) => {
      const result = applyBoard(state.proposals, state.proposalGroups, columns);
      return { proposals: result.proposals, proposalGroups: result.groups };
    }),
  applyQuadrantColumns: (columns) =>
    set((state) => ({ proposals: applyQuadrants(state.proposals, columns) })),
  toggleTopProposal: (id) => {
    const target = get().proposals.find((p) => p.id === id);
    if (!target) return false;
    const candidates = boardProposals(get().proposals, target);
    const next = toggleTop(candidates, id);
    if (next === null) return false;
    set((state) => ({ proposals: state.proposals.map((p) => (p.id === id ? { ...p, top: next } : p)) }));
    return true;
  },
  chooseProposals: ({ ids, startDate }) => {
    const chosen = get().proposals.filter((p) => ids.includes(p.id) && p.status === 'open');
    const experimentIds = chosen.map((p) =>
      get().addExperiment({
        teamId: p.teamId,
        meetingId: p.meetingId,
        proposalId: p.id,
        hvad: p.text,
        themeIds: p.themeId ? [p.themeId] : [],
        startDate,
      }),
    );
    const chosenIds = new Set(chosen.map((p) => p.id));
    set((state) => ({
      proposals: state.proposals.map((p) =>
        chosenIds.has(p.id) ? { ...p, status: 'chosen', top: false } : p,
      ),
    }));
    return experimentIds;
  },
  handOverProposals: (input) => {
    const handover: Handover = {
      ...input,
      who: input.who.trim(),
      note: input.note.trim(),
      id: createId(),
      createdAt: nowIso(),
    };
    set((state) => ({
      handovers: [...state.handovers, handover],
      proposals: state.proposals.map((p) =>
        input.proposalIds.includes(p.id) ? { ...p, status: 'handedOver', top: false } : p,
      ),
    }));
    return handover.id;
  },
  bringProposalsToBoard: (ids, scope) =>
    set((state) => ({
      proposals: bringToBoard(state.proposals, ids, scope, maxRank(state.proposals)),
    })),
});
