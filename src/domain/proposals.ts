import type { Proposal, ProposalGroup } from './entities/proposal';

/** Where a board lives: a team's meeting, or the team's own list of proposals (meetingId null). */
export interface BoardScope {
  teamId: string;
  meetingId: string | null;
}

const inScope = (scope: BoardScope) => (item: { teamId: string; meetingId: string | null }) =>
  item.teamId === scope.teamId && item.meetingId === scope.meetingId;

/** The open proposals on a board (chosen and handed-over ones have left it). */
export function boardProposals(proposals: readonly Proposal[], scope: BoardScope): Proposal[] {
  return proposals.filter((p) => p.status === 'open' && inScope(scope)(p));
}

/** The groups on a board. */
export function boardGroups(groups: readonly ProposalGroup[], scope: BoardScope): ProposalGroup[] {
  return groups.filter(inScope(scope));
}

/**
 * The team's parking lot as seen from a board: open proposals of the same team that sit on another
 * meeting's board or on no meeting, plus proposals handed over to the AMO/MED group (decision B),
 * which wait for that group's later meeting. Sorted by creation time.
 */
export function parkedProposals(proposals: readonly Proposal[], scope: BoardScope): Proposal[] {
  return proposals
    .filter(
      (p) =>
        p.teamId === scope.teamId &&
        p.status !== 'chosen' &&
        (p.meetingId !== scope.meetingId || p.status === 'handedOver'),
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * Bring proposals onto a board: they join its ungrouped list (after `afterRank`) as open proposals,
 * leaving their old group, quadrant and top mark behind. Other proposals are returned untouched.
 */
export function bringToBoard(
  proposals: readonly Proposal[],
  ids: readonly string[],
  scope: BoardScope,
  afterRank: number,
): Proposal[] {
  return proposals.map((p) => {
    const index = ids.indexOf(p.id);
    if (index < 0 || p.teamId !== scope.teamId) return p;
    return {
      ...p,
      meetingId: scope.meetingId,
      status: 'open',
      groupId: null,
      quadrant: null,
      top: false,
      rank: afterRank + index + 1,
    };
  });
}

/** The highest rank in use, or 0 for none; new proposals go after it. */
export function maxRank(items: readonly { rank: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.rank), 0);
}
