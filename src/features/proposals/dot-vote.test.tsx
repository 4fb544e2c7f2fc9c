import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { UNGROUPED } from '@/domain/board';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { Meeting } from '@/domain/entities/meeting';
import type * as FacilitatorSessionModule from '@/live/facilitator-session';
import type { RoomBallotState } from '@/live/protocol';
import { saveRoomSecrets } from '@/state/live-room-secrets';
import { useMeetingLiveLink } from '@/state/meeting-live-link';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import BoardPage from './board-page';
import { tillidMeeting } from '../../../tests/meeting-fixture';

const room = await vi.hoisted(async () => {
  const { fakeRelay } = await import('../../../tests/fake-relay');
  const relay = fakeRelay();
  return relay;
});

vi.mock('@/live/relay-config', () => ({ loadLiveConfig: async () => room.config }));
vi.mock('@/live/facilitator-session', async (original) => ({
  ...(await original<typeof FacilitatorSessionModule>()),
  openRoom: (await import('../../../tests/fake-relay')).fakeOpenRoom(room),
}));

const MEETING: Meeting = tillidMeeting({
  decisionMode: 'A',
  livePhones: true,
});

const dots = (placed: Record<string, number>): RoomBallotState => ({
  seq: 1,
  kind: 'meeting',
  meetingId: 'm1',
  proposals: [],
  dots: placed,
});

const state = () => useWorkspace.getState();
const scope = { teamId: 't1', meetingId: 'm1' };

function renderBoard() {
  return renderAt(
    <Suspense>
      <Route path="/forslag/:meetingId" component={BoardPage} />
    </Suspense>,
    { path: '/forslag/m1' },
  );
}

describe('a dot vote on the meeting’s board', () => {
  let ids: Record<string, string> = {};
  beforeEach(() => {
    room.boards = [];
    localStorage.clear();
    saveRoomSecrets('meeting:m1', { sid: 's'.repeat(22), k: 'k'.repeat(43), facSecret: 'f'.repeat(43) });
    useWorkspace.setState({
      ...emptyWorkspace(),
      teams: [{ id: 't1', name: 'Kundeservice', createdAt: '2026-11-20T10:00:00.000Z' }],
      meetings: [MEETING],
    });
    ids = Object.fromEntries(
      ['A', 'B', 'C', 'D'].map((text) => [text, state().addProposal({ ...scope, text })]),
    );
    const group = state().addGroup(scope, 'Ro');
    ids.g = group;
    state().applyBoardColumns({ [UNGROUPED]: [ids.A!, ids.B!], [group]: [ids.C!, ids.D!] });
  });
  afterEach(() => useMeetingLiveLink.getState().disconnect());

  it('opens with the rules set, counts votes cast without the count, closes and carries the order into Beslut', async () => {
    renderBoard();
    const panel = await screen.findByRole('region', { name: 'Prioritér med prikker' });
    const dotsField = await within(panel).findByLabelText('Prikker pr. telefon');
    await userEvent.clear(dotsField);
    await userEvent.type(dotsField, '4');
    await userEvent.click(within(panel).getByRole('button', { name: 'Åbn afstemningen' }));
    expect(state().meetings[0]?.dotVote).toMatchObject({ phase: 'open', dots: 4, maxPerItem: 2 });
    expect(within(panel).getByText('0 har stemt')).toBeInTheDocument();

    await vi.waitFor(() => expect(room.boards.length).toBeGreaterThan(0));
    act(() => room.ballot('0123456789abcdef0123456789abcdef', dots({ [ids.B!]: 2, [ids.D!]: 2 })));
    act(() => room.ballot('fedcba9876543210fedcba9876543210', dots({ [ids.D!]: 1, [ids.A!]: 5 })));
    expect(within(panel).getByText('1 har stemt')).toBeInTheDocument();
    expect(screen.queryByText(/\d prik/)).toBeNull();

    await userEvent.click(within(panel).getByRole('button', { name: 'Luk afstemningen og vis resultatet' }));
    expect(within(panel).getByRole('status')).toHaveTextContent('1 telefon stemte.');

    await userEvent.click(screen.getByRole('tab', { name: 'Beslut' }));
    const legend = screen.getByRole('group', { name: 'Forslag' });
    const boxes = within(legend).getAllByRole('checkbox');
    // The board's order after the vote: the list first (B before A), then the group (D before C).
    const names = [/^B\W+2 prikker$/, /^A\W+0 prikker$/, /^D\W+2 prikker$/, /^C\W+0 prikker$/];
    expect(boxes).toEqual(names.map((name) => within(legend).getByRole('checkbox', { name })));
    expect(within(legend).getByRole('group', { name: 'Ro' })).toBeInTheDocument();
  });

  it('says what is wrong with the rules typed, and opens nothing until they hold', async () => {
    renderBoard();
    const panel = await screen.findByRole('region', { name: 'Prioritér med prikker' });
    const dotsField = await within(panel).findByLabelText('Prikker pr. telefon');
    const maxField = within(panel).getByLabelText('Højst prikker på ét forslag');
    const openButton = within(panel).getByRole('button', { name: 'Åbn afstemningen' });

    await userEvent.clear(dotsField);
    await userEvent.type(dotsField, '11');
    await userEvent.click(openButton);
    expect(state().meetings[0]?.dotVote).toBeUndefined();
    expect(dotsField).toHaveAccessibleDescription('Skriv et helt tal fra 1 til 10.');
    expect(dotsField).toHaveAttribute('aria-invalid', 'true');

    // At the top of the scale, and a limit per proposal above the dots each phone has.
    await userEvent.clear(dotsField);
    await userEvent.type(dotsField, '4');
    await userEvent.clear(maxField);
    await userEvent.type(maxField, '5');
    expect(dotsField).not.toHaveAttribute('aria-invalid');
    expect(maxField).toHaveAccessibleDescription('Skriv et helt tal fra 1 til 4.');
    await userEvent.click(openButton);
    expect(state().meetings[0]?.dotVote).toBeUndefined();

    await userEvent.clear(maxField);
    await userEvent.type(maxField, '4');
    await userEvent.click(openButton);
    expect(state().meetings[0]?.dotVote).toMatchObject({ phase: 'open', dots: 4, maxPerItem: 4 });
  });

  it('takes the most dots a phone may have', async () => {
    renderBoard();
    const panel = await screen.findByRole('region', { name: 'Prioritér med prikker' });
    const dotsField = await within(panel).findByLabelText('Prikker pr. telefon');
    await userEvent.clear(dotsField);
    await userEvent.type(dotsField, '10');
    await userEvent.click(within(panel).getByRole('button', { name: 'Åbn afstemningen' }));
    expect(state().meetings[0]?.dotVote).toMatchObject({ phase: 'open', dots: 10, maxPerItem: 2 });
  });
});
