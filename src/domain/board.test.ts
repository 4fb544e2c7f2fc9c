import { describe, expect, it } from 'vitest';
import {
  addGroupColumn,
  applyBoard,
  applyQuadrants,
  boardColumns,
  findContainer,
  groupItem,
  moveItem,
  QUADRANT_ORDER,
  positionOf,
  quadrantColumns,
  setQuadrant,
  shiftItem,
  toggleTop,
  ungroupItem,
  UNGROUPED,
  UNPLACED,
  type Columns,
} from './board';
import { QUADRANTS, type Proposal, type ProposalGroup } from './entities/proposal';

function proposal(id: string, rank: number, changes: Partial<Proposal> = {}): Proposal {
  return {
    id,
    teamId: 't',
    meetingId: 'm',
    text: `Forslag ${id}`,
    themeId: null,
    groupId: null,
    rank,
    quadrant: null,
    top: false,
    status: 'open',
    createdAt: '2026-01-01T10:00:00.000Z',
    ...changes,
  };
}

const group = (id: string, rank: number): ProposalGroup => ({
  id,
  teamId: 't',
  meetingId: 'm',
  name: id,
  rank,
});

const columns: Columns = { [UNGROUPED]: ['a', 'b', 'c'], g1: ['d'], g2: [] };

describe('boardColumns', () => {
  it('lists ungrouped proposals first and every group by rank, items by rank', () => {
    const proposals = [
      proposal('c', 3),
      proposal('a', 1),
      proposal('d', 4, { groupId: 'g1' }),
      proposal('b', 2),
      proposal('e', 0, { groupId: 'g1' }),
    ];
    const result = boardColumns(proposals, [group('g2', 2), group('g1', 1)]);
    expect(Object.keys(result)).toEqual([UNGROUPED, 'g1', 'g2']);
    expect(result).toEqual({ [UNGROUPED]: ['a', 'b', 'c'], g1: ['e', 'd'], g2: [] });
  });

  it('puts a proposal whose group is gone back in the list', () => {
    expect(boardColumns([proposal('a', 1, { groupId: 'gone' })], [])).toEqual({ [UNGROUPED]: ['a'] });
  });
});

describe('moveItem', () => {
  it.each([
    ['reorders within a container', 'c', UNGROUPED, 0, { [UNGROUPED]: ['c', 'a', 'b'], g1: ['d'], g2: [] }],
    [
      'moves into another container at an index',
      'a',
      'g1',
      0,
      { [UNGROUPED]: ['b', 'c'], g1: ['a', 'd'], g2: [] },
    ],
    ['clamps an index past the end', 'a', 'g2', 99, { [UNGROUPED]: ['b', 'c'], g1: ['d'], g2: ['a'] }],
    [
      'clamps a negative index to the start',
      'd',
      UNGROUPED,
      -4,
      { [UNGROUPED]: ['d', 'a', 'b', 'c'], g1: [], g2: [] },
    ],
  ])('%s', (_name, item, to, index, expected) => {
    expect(moveItem(columns, item, to, index)).toEqual(expected);
  });

  it.each([
    ['an unknown item', 'x', UNGROUPED],
    ['an unknown container', 'a', 'nowhere'],
    ['a container as the item', 'g1', UNGROUPED],
  ])('returns the same columns for %s', (_name, item, to) => {
    expect(moveItem(columns, item, to, 0)).toBe(columns);
  });

  it('never loses or duplicates an item', () => {
    const moved = moveItem(moveItem(columns, 'a', 'g1', 1), 'd', 'g2', 0);
    expect(Object.values(moved).flat().sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('shiftItem, findContainer and positionOf', () => {
  it.each([
    ['b', -1, ['b', 'a', 'c']],
    ['b', 1, ['a', 'c', 'b']],
    ['a', -1, ['a', 'b', 'c']],
    ['c', 5, ['a', 'b', 'c']],
  ])('shifts %s by %i within its container', (item, offset, expected) => {
    expect(shiftItem(columns, item, offset)[UNGROUPED]).toEqual(expected);
  });

  it('finds the container of an item and of a container id', () => {
    expect(findContainer(columns, 'd')).toBe('g1');
    expect(findContainer(columns, 'g2')).toBe('g2');
    expect(findContainer(columns, 'x')).toBeNull();
  });

  it('speaks positions from 1', () => {
    expect(positionOf(columns, 'b')).toEqual({ container: UNGROUPED, position: 2, count: 3 });
    expect(positionOf(columns, 'g1')).toBeNull();
  });
});

describe('grouping', () => {
  it('groups at the end of the group and ungroups to the end of the list', () => {
    const grouped = groupItem(columns, 'a', 'g1');
    expect(grouped.g1).toEqual(['d', 'a']);
    expect(ungroupItem(grouped, 'd')).toEqual({ [UNGROUPED]: ['b', 'c', 'd'], g1: ['a'], g2: [] });
  });

  it('ignores an unknown group and adds a new group column once', () => {
    expect(groupItem(columns, 'a', 'nope')).toBe(columns);
    const added = addGroupColumn(columns, 'g3');
    expect(Object.keys(added)).toEqual([UNGROUPED, 'g1', 'g2', 'g3']);
    expect(addGroupColumn(added, 'g3')).toBe(added);
  });
});

describe('applyBoard', () => {
  it('writes group and rank from the columns and dissolves a group emptied by the move', () => {
    const proposals = [
      proposal('a', 1),
      proposal('b', 2, { groupId: 'g2' }),
      proposal('d', 3, { groupId: 'g1' }),
      proposal('z', 9),
    ];
    const groups = [group('g1', 0), group('g2', 1), group('other', 5)];
    const board: Columns = { [UNGROUPED]: ['b'], g1: ['d', 'a'], g2: [] };
    const result = applyBoard(proposals, groups, board);
    expect(result.proposals.map((p) => [p.id, p.groupId, p.rank])).toEqual([
      ['a', 'g1', 3],
      ['b', null, 1],
      ['d', 'g1', 2],
      ['z', null, 9],
    ]);
    expect(result.groups.map((g) => [g.id, g.rank])).toEqual([
      ['g1', 1],
      ['other', 5],
    ]);
  });

  it('keeps a group that was already empty', () => {
    const result = applyBoard([proposal('a', 1)], [group('fresh', 1)], { [UNGROUPED]: ['a'], fresh: [] });
    expect(result.groups.map((g) => g.id)).toEqual(['fresh']);
  });
});

describe('the 2×2', () => {
  it('orders the quadrants as the data model does', () => {
    expect(QUADRANT_ORDER).toEqual(QUADRANTS);
  });

  const proposals = [
    proposal('a', 1),
    proposal('b', 2, { quadrant: 'similarSameTime' }),
    proposal('c', 3, { quadrant: 'differentDifferentTime' }),
  ];

  it('shows the unplaced tray first and the four quadrants in the toolkit’s order', () => {
    expect(quadrantColumns(proposals)).toEqual({
      [UNPLACED]: ['a'],
      similarSameTime: ['b'],
      similarDifferentTime: [],
      differentSameTime: [],
      differentDifferentTime: ['c'],
    });
  });

  it.each([
    ['places an unplaced proposal', 'a', 'differentSameTime' as const, 'differentSameTime'],
    ['moves between quadrants', 'b', 'similarDifferentTime' as const, 'similarDifferentTime'],
    ['takes a proposal back to the tray', 'c', null, null],
  ])('%s', (_name, id, quadrant, expected) => {
    const moved = setQuadrant(quadrantColumns(proposals), id, quadrant);
    expect(applyQuadrants(proposals, moved).find((p) => p.id === id)?.quadrant).toBe(expected);
  });
});

describe('toggleTop', () => {
  const candidates = [
    { id: 'a', top: true },
    { id: 'b', top: true },
    { id: 'c', top: false },
    { id: 'd', top: false },
  ];

  it.each([
    ['marks a proposal while there is room', candidates, 'c', true],
    ['unmarks a marked proposal', candidates, 'a', false],
    ['refuses a fourth mark', candidates.map((c) => (c.id === 'c' ? { ...c, top: true } : c)), 'd', null],
    ['refuses an unknown proposal', candidates, 'x', null],
  ])('%s', (_name, list, id, expected) => {
    expect(toggleTop(list, id)).toBe(expected);
  });
});
