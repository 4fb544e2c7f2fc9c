import type { StateCreator } from 'zustand';
import type { ThemeId } from '@/content/ids';
import type { Proposal } from '@/domain/entities/proposal';
import type { Workspace } from '@/domain/entities/workspace';
import { nowIso } from '@/lib/clock';
import { createId } from '@/lib/id';

export interface NewProposal {
  teamId: string;
  meetingId: string | null;
  text: string;
  themeId?: ThemeId | null;
}

export interface ProposalsSlice {
  /** Add a proposal at the end of the list; returns its id. */
  addProposal: (proposal: NewProposal) => string;
  updateProposal: (id: string, changes: Partial<Pick<Proposal, 'text' | 'themeId'>>) => void;
}

export const createProposalsSlice: StateCreator<Workspace & ProposalsSlice, [], [], ProposalsSlice> = (
  set,
) => ({
  addProposal: ({ teamId, meetingId, text, themeId = null }) => {
    const id = createId();
    set((state) => {
      const rank = state.proposals.reduce((max, p) => Math.max(max, p.rank), 0) + 1;
      const proposal: Proposal = {
        id,
        teamId,
        meetingId,
        text: text.trim(),
        themeId,
        groupId: null,
        rank,
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
});
