import { act, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { Meeting } from '@/domain/entities/meeting';
import type * as FacilitatorSessionModule from '@/live/facilitator-session';
import type { LiveConfig } from '@/live/relay-config';
import type { RoomBallotState } from '@/live/protocol';
import { useMeetingLiveLink } from '@/state/meeting-live-link';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import PresenterPage from './presenter-page';
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

const PID = '0123456789abcdef0123456789abcdef';

// On step 5 (the proposal round), where the projector lists the board's proposals.
const MEETING: Meeting = tillidMeeting({
  run: runOnStep(4, 360_000),
  livePhones: true,
  updatedAt: '2026-11-20T10:00:00.000Z',
});

const ballot = (proposals: { id: string; text: string }[]): RoomBallotState => ({
  seq: 1,
  kind: 'meeting',
  meetingId: 'm1',
  proposals: proposals.map((p) => ({ ...p, themeId: 'tillid' })),
  dots: {},
});

beforeEach(() => {
  localStorage.clear();
  useWorkspace.setState({
    ...emptyWorkspace(),
    teams: [{ id: 't1', name: 'Kundeservice', createdAt: '2026-11-20T10:00:00.000Z' }],
    meetings: [MEETING],
  });
});
afterEach(() => useMeetingLiveLink.getState().disconnect());

describe("the projector's phones corner", () => {
  it('shows the QR code and the counts, and no word a phone sent until it is accepted', async () => {
    // The run page opened the room (its keys kept on this device); the projector finds it again.
    await useMeetingLiveLink
      .getState()
      .connect({ kind: 'meeting', meetingId: 'm1', title: 'Tillid' }, room.config as LiveConfig);
    renderAt(
      <Suspense>
        <Route path="/moede/:meetingId/praesentation" component={PresenterPage} />
      </Suspense>,
      { path: '/moede/m1/praesentation' },
    );
    const corner = await screen.findByRole('region', { name: 'Følg med på telefonen' });
    expect(
      within(corner).getByRole('img', { name: 'QR-kode til at følge mødet på telefonen' }),
    ).toBeVisible();
    act(() => {
      room.phones(new Set([PID]));
      room.ballot(
        PID,
        ballot([
          { id: 'a1', text: 'Stille formiddag' },
          { id: 'a2', text: 'Noget grimt' },
        ]),
      );
    });
    expect(within(corner).getByText('1 telefon med')).toBeInTheDocument();
    expect(within(corner).getByText('2 forslag venter')).toBeInTheDocument();
    expect(within(corner).getByText('0 har stemt')).toBeInTheDocument();
    expect(screen.queryByText('Stille formiddag')).toBeNull();
    expect(screen.queryByText('Noget grimt')).toBeNull();

    const [accept, hide] = useMeetingLiveLink.getState().inbox;
    act(() => {
      useWorkspace.getState().acceptPhoneProposal('m1', accept!);
      useWorkspace.getState().hidePhoneProposal('m1', hide!.key);
    });
    expect(await screen.findByText('Stille formiddag')).toBeInTheDocument();
    expect(within(corner).getByText('0 forslag venter')).toBeInTheDocument();
    expect(screen.queryByText('Noget grimt')).toBeNull();
  });

  it('is not there while phones are not in use', async () => {
    useWorkspace.setState({ meetings: [{ ...MEETING, livePhones: undefined }] });
    renderAt(
      <Suspense>
        <Route path="/moede/:meetingId/praesentation" component={PresenterPage} />
      </Suspense>,
      { path: '/moede/m1/praesentation' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Fælles runde' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Følg med på telefonen' })).toBeNull();
    expect(screen.queryByRole('img', { name: /QR-kode/ })).toBeNull();
  });
});
