import { act, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { Meeting } from '@/domain/entities/meeting';
import type * as FacilitatorSessionModule from '@/live/facilitator-session';
import type { RoomBallotState } from '@/live/protocol';
import { useMeetingLiveLink } from '@/state/meeting-live-link';
import { readRoomSecrets } from '@/state/live-room-secrets';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import RunPage from './run-page';
import { runOnStep, tillidMeeting } from '../../../tests/meeting-fixture';

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

const PID_A = '0123456789abcdef0123456789abcdef';
const PID_B = 'fedcba9876543210fedcba9876543210';

const MEETING: Meeting = tillidMeeting();

const proposalsBallot = (proposals: { id: string; text: string }[]): RoomBallotState => ({
  seq: 1,
  kind: 'meeting',
  meetingId: 'm1',
  proposals: proposals.map((p) => ({ ...p, themeId: 'tillid' })),
  dots: {},
});

function renderRunner() {
  return renderAt(
    <Suspense>
      <Route path="/moede/:meetingId/koer" component={RunPage} />
    </Suspense>,
    { path: '/moede/m1/koer' },
  );
}

async function startPhones() {
  renderRunner();
  const panel = await screen.findByRole('region', { name: 'Telefoner' });
  await userEvent.click(
    await within(panel).findByRole('button', { name: 'Lad deltagerne følge med på telefonen' }),
  );
  await within(panel).findByRole('img', { name: 'QR-kode til at følge mødet på telefonen' });
  return panel;
}

describe('phones on the run page', () => {
  beforeEach(() => {
    room.boards = [];
    room.config = { relayUrl: 'wss://relay.kommune.dk', joinBase: 'https://servicetjek.kommune.dk/' };
    localStorage.clear();
    useWorkspace.setState({
      ...emptyWorkspace(),
      teams: [{ id: 't1', name: 'Kundeservice', createdAt: '2026-11-20T10:00:00.000Z' }],
      meetings: [MEETING],
    });
  });
  afterEach(() => useMeetingLiveLink.getState().disconnect());

  it('sends the steps in the language the facilitator runs the app in', async () => {
    useWorkspace.setState({
      meetings: [
        {
          ...MEETING,
          run: runOnStep(0, 300_000),
        },
      ],
    });
    try {
      renderAt(
        <Suspense>
          <Route path="/moede/:meetingId/koer" component={RunPage} />
        </Suspense>,
        { path: '/moede/m1/koer', language: 'en' },
      );
      const panel = await screen.findByRole('region', { name: 'Phones' });
      await userEvent.click(
        await within(panel).findByRole('button', { name: 'Let participants follow on their phones' }),
      );
      await within(panel).findByRole('img', { name: 'QR code to follow the meeting on a phone' });
      const board = room.boards.at(-1);
      expect(board?.kind === 'meeting' && board.step?.title).toBe('Welcome and the goal of the meeting');
    } finally {
      await act(() => i18next.changeLanguage('da'));
    }
  });

  it('says the meeting runs without phones where no relay is set up', async () => {
    room.config = null;
    renderRunner();
    const panel = await screen.findByRole('region', { name: 'Telefoner' });
    expect(await within(panel).findByText(/Mødet kører som altid uden/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button')).toBeNull();
  });

  it('shows the QR code and its address, and the counts as phones join and send', async () => {
    const panel = await startPhones();
    const secrets = readRoomSecrets('meeting:m1');
    expect(within(panel).getByRole('link', { name: /join\.html#r=/ })).toHaveAttribute(
      'href',
      `https://servicetjek.kommune.dk/join.html#r=${secrets?.sid}&k=${secrets?.k}`,
    );
    expect(useWorkspace.getState().meetings[0]?.livePhones).toBe(true);
    expect(within(panel).getByText('0 telefoner med')).toBeInTheDocument();
    act(() => room.phones(new Set([PID_A, PID_B])));
    expect(within(panel).getByText('2 telefoner med')).toBeInTheDocument();
    act(() => room.ballot(PID_A, proposalsBallot([{ id: 'a1', text: 'Stille formiddag' }])));
    expect(within(panel).getByText('1 forslag venter')).toBeInTheDocument();
    expect(within(panel).getByText('0 har stemt')).toBeInTheDocument();
  });

  it('accepts, merges and hides proposals from the inbox; only the accepted one reaches the board', async () => {
    const panel = await startPhones();
    act(() =>
      room.ballot(
        PID_A,
        proposalsBallot([
          { id: 'a1', text: 'Stille formiddag' },
          { id: 'a2', text: 'Noget grimt' },
        ]),
      ),
    );
    act(() => room.ballot(PID_B, proposalsBallot([{ id: 'b1', text: 'Ro om formiddagen' }])));
    const item = (text: string) => {
      const found = within(panel)
        .getAllByRole('listitem')
        .find((li) => within(li).queryByText(text));
      if (!found) throw new Error(`No inbox item ${text}`);
      return found;
    };

    await userEvent.click(
      within(item('Stille formiddag')).getByRole('button', { name: 'Tag med på tavlen' }),
    );
    await userEvent.click(within(item('Noget grimt')).getByRole('button', { name: 'Skjul' }));
    const merge = item('Ro om formiddagen');
    await userEvent.selectOptions(within(merge).getByLabelText('Læg sammen med'), 'Stille formiddag');
    await userEvent.click(within(merge).getByRole('button', { name: 'Læg sammen' }));

    expect(within(panel).getByText('Ingen forslag venter.')).toBeInTheDocument();
    expect(useWorkspace.getState().proposals.map((p) => p.text)).toEqual(['Stille formiddag']);
    expect(JSON.stringify(useWorkspace.getState())).not.toContain('Noget grimt');
    expect(JSON.stringify(room.boards)).not.toContain('Noget grimt');
  });

  it('ends: the meeting no longer uses phones and the room’s keys are forgotten', async () => {
    const panel = await startPhones();
    await userEvent.click(within(panel).getByRole('button', { name: 'Afslut telefoner for dette møde' }));
    expect(
      await within(panel).findByRole('button', { name: 'Lad deltagerne følge med på telefonen' }),
    ).toBeVisible();
    expect(readRoomSecrets('meeting:m1')).toBeNull();
    expect(useWorkspace.getState().meetings[0]?.livePhones).toBeUndefined();
  });
});
