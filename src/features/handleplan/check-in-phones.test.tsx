import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import type * as FacilitatorSessionModule from '@/live/facilitator-session';
import type { RoomBallotState } from '@/live/protocol';
import { useMeetingLiveLink } from '@/state/meeting-live-link';
import { useWorkspace } from '@/state/workspace-store';
import { seedQuietMorningInStore } from '../../../tests/experiment-store-seed';
import { renderAt } from '../../../tests/render';
import ExperimentPage from './experiment-page';

const room = await vi.hoisted(async () => {
  const { fakeRelay } = await import('../../../tests/fake-relay');
  const relay = fakeRelay();
  relay.config = null;
  return relay;
});

vi.mock('@/live/relay-config', () => ({ loadLiveConfig: async () => room.config }));
vi.mock('@/live/facilitator-session', async (original) => ({
  ...(await original<typeof FacilitatorSessionModule>()),
  openRoom: (await import('../../../tests/fake-relay')).fakeOpenRoom(room),
}));

const PID_A = '0123456789abcdef0123456789abcdef';
const PID_B = 'fedcba9876543210fedcba9876543210';
let experimentId = '';

beforeEach(() => {
  experimentId = seedQuietMorningInStore();
});

afterEach(() => {
  useMeetingLiveLink.getState().disconnect();
  room.boards = [];
  room.config = null;
  vi.restoreAllMocks();
});

const renderExperiment = () =>
  renderAt(
    <Suspense>
      <Route path="/handleplan/forsoeg/:experimentId" component={ExperimentPage} />
    </Suspense>,
    { path: `/handleplan/forsoeg/${experimentId}` },
  );

const answer = (learned: string, score: 1 | 2 | 3 | 4 | 5 | null): RoomBallotState => ({
  seq: 1,
  kind: 'stopOp',
  experimentId,
  week: 2,
  learned,
  continueWith: '',
  adjust: '',
  score,
});

describe('a stop op answered from phones', () => {
  it('lists each question’s phone answers apart, sorted, and the phones’ score', async () => {
    const state = useWorkspace.getState();
    state.setLiveCheckIn(experimentId, { week: 2, phase: 'open' });
    state.savePhoneCheckIn(experimentId, 2, PID_A, {
      learned: 'Ro virker',
      continueWith: '',
      adjust: 'Kortere',
      score: 4,
    });
    state.savePhoneCheckIn(experimentId, 2, PID_B, {
      learned: 'At lukke mailen hjælper',
      continueWith: 'Stille tid',
      adjust: '',
      score: 5,
    });
    renderAt(
      <Suspense>
        <Route path="/handleplan/forsoeg/:experimentId" component={ExperimentPage} />
      </Suspense>,
      { path: `/handleplan/forsoeg/${experimentId}` },
    );
    const learned = await screen.findAllByRole('listitem');
    const texts = learned.map((item) => item.textContent);
    expect(texts.indexOf('At lukke mailen hjælper')).toBeLessThan(texts.indexOf('Ro virker'));
    expect(texts).toContain('Stille tid');
    expect(texts).toContain('Kortere');
    expect(screen.getByText('Telefonernes score: 5 (midterste af 2 svar)')).toBeInTheDocument();
  });
});

describe('opening a stop op for phones', () => {
  it('offers nothing without a relay: the stop op is typed in as always', async () => {
    renderExperiment();
    await screen.findAllByRole('heading', { name: /Stop op efter 2 uger/ });
    expect(screen.queryByRole('button', { name: 'Lad teamet svare fra telefoner' })).not.toBeInTheDocument();
  });

  it('opens week 2 for phones with its QR code, counts the answers, lands them and closes', async () => {
    room.config = { relayUrl: 'wss://relay.kommune.dk', joinBase: 'https://servicetjek.kommune.dk/' };
    const user = userEvent.setup();
    renderExperiment();
    const starts = await screen.findAllByRole('button', { name: 'Lad teamet svare fra telefoner' });
    expect(starts).toHaveLength(2);
    await user.click(starts[0]!);
    expect(await screen.findByRole('img', { name: /QR-kode til at svare på stop op/ })).toBeInTheDocument();
    // Only one stop op is open for phones: week 4's section offers none meanwhile.
    expect(screen.queryByRole('button', { name: 'Lad teamet svare fra telefoner' })).not.toBeInTheDocument();
    expect(room.boards.at(-1)).toMatchObject({
      kind: 'stopOp',
      week: 2,
      phase: 'open',
      themeId: 'fordybelse',
    });

    act(() => {
      room.phones(new Set([PID_A, PID_B]));
      room.ballot(PID_A, answer('Ro virker', 4));
      room.ballot(PID_B, answer('Færre møder', 2));
    });
    expect(await screen.findByText('2 telefoner med')).toBeInTheDocument();
    expect(screen.getByText('2 svar fra telefoner')).toBeInTheDocument();
    expect(screen.getByText('Færre møder')).toBeInTheDocument();
    // The median of 2 and 4 is 3: on the before/after line as week 2's score.
    expect(screen.getByText('Telefonernes score: 3 (midterste af 2 svar)')).toBeInTheDocument();
    const line = screen.getByRole('region', { name: 'Før og efter' });
    expect(within(line).getByText('Efter 2 uger: 3 af 5')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Luk for svar' }));
    expect(room.boards.at(-1)).toMatchObject({ kind: 'stopOp', phase: 'closed' });
    // A phone's answer after closing is not taken.
    act(() => room.ballot(PID_A, { ...answer('Sent', 1), seq: 2 }));
    expect(screen.queryByText('Sent')).not.toBeInTheDocument();
    expect(screen.getByText('Lukket for svar. Det, der er kommet, er gemt.')).toBeInTheDocument();
  });

  it('keeps the form someone is typing in when the first answer from a phone arrives', async () => {
    room.config = { relayUrl: 'wss://relay.kommune.dk', joinBase: 'https://servicetjek.kommune.dk/' };
    const user = userEvent.setup();
    renderExperiment();
    await user.click((await screen.findAllByRole('button', { name: 'Lad teamet svare fra telefoner' }))[0]!);
    await screen.findByRole('img', { name: /QR-kode til at svare på stop op/ });
    const field = screen.getAllByRole('textbox', { name: 'Hvad har vi lært?' })[0]!;
    await user.type(field, 'Vi lærte');
    act(() => room.ballot(PID_A, answer('Ro virker', 4)));
    expect(screen.getAllByRole('textbox', { name: 'Hvad har vi lært?' })[0]).toHaveValue('Vi lærte');
  });
});
