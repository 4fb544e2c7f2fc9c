import { describe, expect, it } from 'vitest';
import type { Proposal } from './entities/proposal';
import { boardProposals, bringToBoard, maxRank, parkedProposals } from './proposals';

function proposal(id: string, changes: Partial<Proposal> = {}): Proposal {
  return {
    id,
    teamId: 't',
    meetingId: 'm1',
    text: id,
    themeId: null,
    groupId: null,
    rank: 1,
    quadrant: null,
    top: false,
    status: 'open',
    createdAt: `2026-01-0${id.length}T10:00:00.000Z`,
    ...changes,
  };
}

const all = [
  proposal('here'),
  proposal('chosen', { status: 'chosen' }),
  proposal('earlier', { meetingId: 'm0' }),
  proposal('loose', { meetingId: null }),
  proposal('handed', { status: 'handedOver' }),
  proposal('otherteam', { teamId: 'u', meetingId: null }),
];

describe('board and parking lot', () => {
  it('shows only the open proposals of the board’s own meeting on the board', () => {
    expect(boardProposals(all, { teamId: 't', meetingId: 'm1' }).map((p) => p.id)).toEqual(['here']);
    expect(boardProposals(all, { teamId: 't', meetingId: null }).map((p) => p.id)).toEqual(['loose']);
  });

  it('parks open proposals from other meetings and handed-over ones, never chosen ones or other teams', () => {
    expect(
      parkedProposals(all, { teamId: 't', meetingId: 'm1' })
        .map((p) => p.id)
        .sort(),
    ).toEqual(['earlier', 'handed', 'loose']);
  });

  it('brings parked proposals onto a board as open, ungrouped and unplaced, after the last rank', () => {
    const moved = bringToBoard(
      [proposal('earlier', { meetingId: 'm0', groupId: 'g', quadrant: 'similarSameTime', top: true })],
      ['earlier'],
      { teamId: 't', meetingId: 'm1' },
      7,
    );
    expect(moved[0]).toMatchObject({
      meetingId: 'm1',
      status: 'open',
      groupId: null,
      quadrant: null,
      top: false,
      rank: 8,
    });
  });

  it('does not bring another team’s proposal', () => {
    const other = proposal('x', { teamId: 'u' });
    expect(bringToBoard([other], ['x'], { teamId: 't', meetingId: 'm1' }, 0)[0]).toBe(other);
  });

  it('knows the highest rank, 0 for none', () => {
    expect(maxRank([])).toBe(0);
    expect(maxRank([{ rank: 3 }, { rank: 9 }, { rank: 1 }])).toBe(9);
  });
});
