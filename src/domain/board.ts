import type { Proposal, ProposalGroup, Quadrant } from './entities/proposal';

/**
 * The 2×2's quadrants in the toolkit's order of questions. The same list as the entity's QUADRANTS
 * (a test keeps them equal), repeated so the store does not pull the schema library into the first screen.
 */
export const QUADRANT_ORDER: readonly Quadrant[] = [
  'similarSameTime',
  'similarDifferentTime',
  'differentSameTime',
  'differentDifferentTime',
];

/** A drop target on a board: the ungrouped list, a group's id, "unplaced" or a quadrant of the 2×2. */
export type ContainerId = string;

/**
 * The board as dnd-kit's multiple-containers shape: each container's proposal ids in order.
 * Key order is display order (the list first, then groups by rank), which JS keeps for non-numeric keys.
 */
export type Columns = Record<ContainerId, string[]>;

/** The board's list of proposals that belong to no group. */
export const UNGROUPED = 'ungrouped';
/** The 2×2's tray of proposals not yet placed in a quadrant. */
export const UNPLACED = 'unplaced';
/** How many proposals the group may mark as its top: "to-tre forsøg". */
export const MAX_TOP = 3;

const byRank = <T extends { rank: number }>(a: T, b: T) => a.rank - b.rank;

/** The board's columns: ungrouped proposals, then every group (empty ones too), each sorted by rank. */
export function boardColumns(proposals: readonly Proposal[], groups: readonly ProposalGroup[]): Columns {
  const columns: Columns = { [UNGROUPED]: [] };
  for (const group of [...groups].sort(byRank)) columns[group.id] = [];
  for (const proposal of [...proposals].sort(byRank)) {
    const key = proposal.groupId !== null && columns[proposal.groupId] ? proposal.groupId : UNGROUPED;
    columns[key]?.push(proposal.id);
  }
  return columns;
}

/** The 2×2's columns: the unplaced tray, then the four quadrants in the toolkit's order, each by rank. */
export function quadrantColumns(proposals: readonly Proposal[]): Columns {
  const columns: Columns = { [UNPLACED]: [] };
  for (const quadrant of QUADRANT_ORDER) columns[quadrant] = [];
  for (const proposal of [...proposals].sort(byRank))
    columns[proposal.quadrant ?? UNPLACED]?.push(proposal.id);
  return columns;
}

/** The container holding `id`, or `id` itself when it names a container; null when unknown. */
export function findContainer(columns: Columns, id: string): ContainerId | null {
  if (id in columns) return id;
  return Object.keys(columns).find((key) => columns[key]?.includes(id)) ?? null;
}

/**
 * Move an item to `toIndex` in `to` (same or another container). The index is clamped to the
 * target's length; an unknown item or container leaves the columns unchanged (same object).
 */
export function moveItem(columns: Columns, itemId: string, to: ContainerId, toIndex: number): Columns {
  const from = findContainer(columns, itemId);
  const target = columns[to];
  if (from === null || from === itemId || !target) return columns;
  const next: Columns = { ...columns, [from]: (columns[from] ?? []).filter((id) => id !== itemId) };
  const list = [...(next[to] ?? [])];
  const index = Math.max(0, Math.min(toIndex, list.length));
  list.splice(index, 0, itemId);
  next[to] = list;
  return next;
}

/** Move an item `offset` places up (negative) or down within its container, clamped to its ends. */
export function shiftItem(columns: Columns, itemId: string, offset: number): Columns {
  const container = findContainer(columns, itemId);
  if (container === null || container === itemId) return columns;
  const index = (columns[container] ?? []).indexOf(itemId);
  return moveItem(columns, itemId, container, index + offset);
}

/** Position of an item in its container, 1-based, with the container's size; null when unknown. */
export function positionOf(
  columns: Columns,
  itemId: string,
): { container: ContainerId; position: number; count: number } | null {
  const container = findContainer(columns, itemId);
  if (container === null || container === itemId) return null;
  const items = columns[container] ?? [];
  return { container, position: items.indexOf(itemId) + 1, count: items.length };
}

/**
 * Write a board's columns back to its proposals and groups: each proposal gets the group of its
 * container (null for the list) and a rank from its place (list first, then groups in order).
 * A group emptied by this change is removed, so dragging the last card out dissolves it; a group that
 * was already empty (just made with "Ny tom gruppe") stays.
 * Proposals and groups not on the board are returned untouched.
 */
export function applyBoard(
  proposals: readonly Proposal[],
  groups: readonly ProposalGroup[],
  columns: Columns,
): { proposals: Proposal[]; groups: ProposalGroup[] } {
  const placement = new Map<string, { groupId: string | null; rank: number }>();
  let rank = 1;
  for (const [container, ids] of Object.entries(columns)) {
    for (const id of ids)
      placement.set(id, { groupId: container === UNGROUPED ? null : container, rank: rank++ });
  }
  const used = new Set(proposals.map((p) => p.groupId));
  const groupRanks = new Map(Object.keys(columns).map((key, index) => [key, index] as const));
  return {
    proposals: proposals.map((p) => {
      const place = placement.get(p.id);
      return place ? { ...p, ...place } : p;
    }),
    groups: groups
      .filter((g) => !(g.id in columns) || (columns[g.id]?.length ?? 0) > 0 || !used.has(g.id))
      .map((g) => (groupRanks.has(g.id) ? { ...g, rank: groupRanks.get(g.id) ?? g.rank } : g)),
  };
}

/** Write the 2×2's columns back: each proposal's quadrant (null when unplaced) and its rank within it. */
export function applyQuadrants(proposals: readonly Proposal[], columns: Columns): Proposal[] {
  const placement = new Map<string, { quadrant: Quadrant | null; rank: number }>();
  let rank = 1;
  for (const [container, ids] of Object.entries(columns)) {
    const quadrant = (QUADRANT_ORDER as readonly string[]).includes(container)
      ? (container as Quadrant)
      : null;
    for (const id of ids) placement.set(id, { quadrant, rank: rank++ });
  }
  return proposals.map((p) => {
    const place = placement.get(p.id);
    return place ? { ...p, ...place } : p;
  });
}

/** Put one proposal in a quadrant (or back in the tray with null), at the end of it. */
export function setQuadrant(columns: Columns, itemId: string, quadrant: Quadrant | null): Columns {
  const to = quadrant ?? UNPLACED;
  return moveItem(columns, itemId, to, columns[to]?.length ?? 0);
}

/** Put a proposal into a group (at its end); an unknown group leaves the columns unchanged. */
export function groupItem(columns: Columns, itemId: string, groupId: string): Columns {
  return moveItem(columns, itemId, groupId, columns[groupId]?.length ?? 0);
}

/** Take a proposal out of its group, to the end of the ungrouped list. */
export function ungroupItem(columns: Columns, itemId: string): Columns {
  return moveItem(columns, itemId, UNGROUPED, columns[UNGROUPED]?.length ?? 0);
}

/** Add an empty group container after the others; adding an existing id changes nothing. */
export function addGroupColumn(columns: Columns, groupId: string): Columns {
  return groupId in columns ? columns : { ...columns, [groupId]: [] };
}

/**
 * Mark or unmark a proposal as one of the top choices among `candidates` (the board's open proposals).
 * Marking refuses (returns null) when `max` are already marked.
 */
export function toggleTop(
  candidates: readonly Pick<Proposal, 'id' | 'top'>[],
  id: string,
  max = MAX_TOP,
): boolean | null {
  const current = candidates.find((p) => p.id === id);
  if (!current) return null;
  if (current.top) return false;
  return candidates.filter((p) => p.top).length >= max ? null : true;
}
