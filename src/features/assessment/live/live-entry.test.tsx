import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import type { AssessmentRound } from '@/domain/entities/assessment';
import type { BoardContent, OpenRoomOptions } from '@/live/facilitator-session';
import type * as FacilitatorSessionModule from '@/live/facilitator-session';
import type { BallotState } from '@/live/protocol';
import type { LiveStatus } from '@/live/status';
import { useLiveLink } from '@/state/live-link';
import { readRoomSecrets, saveRoomSecrets } from '@/state/live-room-secrets';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../../tests/render';
import { emptyRound, seedRounds } from '../../../../tests/round-store-seed';
import RoundPage from '../round-page';
import LivePresenterPage from './live-presenter-page';

/** A stand-in for the relay: the test plays the phones and reads what the facilitator published. */
const room = vi.hoisted(() => ({
  boards: [] as BoardContent[],
  options: null as OpenRoomOptions | null,
  ballot: (_pid: string, _ballot: BallotState) => {},
  phones: (_pids: ReadonlySet<string>) => {},
  status: (_status: LiveStatus) => {},
  config: { relayUrl: 'wss://relay.kommune.dk', joinBase: 'https://servicetjek.kommune.dk/' } as unknown,
}));

vi.mock('@/live/relay-config', () => ({ loadLiveConfig: async () => room.config }));
vi.mock('@/live/facilitator-session', async (original) => ({
  ...(await original<FacilitatorModule>()),
  openRoom: (options: OpenRoomOptions) => {
    room.options = options;
    return {
      publishBoard: async (board: BoardContent) => void room.boards.push(board),
      delivered: async () => true,
      onBallot: (listener: typeof room.ballot) => ((room.ballot = listener), () => {}),
      onPhones: (listener: typeof room.phones) => ((room.phones = listener), () => {}),
      onStatus: (listener: typeof room.status) => (
        (room.status = listener),
        listener({ kind: 'connecting' }),
        () => {}
      ),
      destroy: () => {},
    };
  },
}));

type FacilitatorModule = typeof FacilitatorSessionModule;

const PID_A = '0123456789abcdef0123456789abcdef';
const PID_B = 'fedcba9876543210fedcba9876543210';

function seed(overrides: Partial<AssessmentRound> = {}) {
  seedRounds(
    emptyRound({ date: '2026-02-03', label: 'Før', createdAt: '2026-02-03T09:00:00Z', ...overrides }),
  );
}

function renderRound(path = '/vurdering/r1') {
  return renderAt(
    <Suspense>
      <Route path="/vurdering/:roundId/telefoner" component={LivePresenterPage} />
      <Route path="/vurdering/:roundId" component={RoundPage} />
    </Suspense>,
    { path },
  );
}

const round = () => useWorkspace.getState().assessments[0];
const lastBoard = () => room.boards.at(-1);

async function openForPhones() {
  const view = renderRound();
  await userEvent.click(await screen.findByRole('tab', { name: 'Fra telefoner' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Åbn for svar fra telefoner' }));
  await screen.findByRole('img', { name: 'QR-kode til at svare fra telefonen' });
  return view;
}

describe('answers from phones on the round screen', () => {
  beforeEach(() => {
    room.boards = [];
    room.config = { relayUrl: 'wss://relay.kommune.dk', joinBase: 'https://servicetjek.kommune.dk/' };
    localStorage.clear();
    seed();
  });
  afterEach(() => useLiveLink.getState().disconnect());

  it('shows a QR code and the same address as a link whose text is the address, with the key in its fragment', async () => {
    await openForPhones();
    const secrets = readRoomSecrets('r1');
    const link = screen.getByRole('link', { name: /join\.html#r=/ });
    expect(link).toHaveAttribute(
      'href',
      `https://servicetjek.kommune.dk/join.html#r=${secrets?.sid}&k=${secrets?.k}`,
    );
    expect(link.textContent).toBe(link.getAttribute('href'));
    expect(link.getAttribute('href')).not.toContain(secrets?.facSecret ?? 'x');
    expect(room.options?.relayUrl).toBe('wss://relay.kommune.dk');
    expect(lastBoard()).toMatchObject({ phase: 'open', roundId: 'r1', label: 'Før' });
    expect(lastBoard()?.distribution).toBeUndefined();
  });

  it('counts phones and answers live and saves each phone’s answer once, never showing one phone’s values', async () => {
    await openForPhones();
    act(() => room.phones(new Set([PID_A, PID_B])));
    expect(screen.getByText('2 telefoner i rummet')).toBeInTheDocument();
    act(() => room.ballot(PID_A, { seq: 1, roundId: 'r1', scores: { tillid: 4, fordybelse: 5 } }));
    act(() => room.ballot(PID_A, { seq: 2, roundId: 'r1', scores: { tillid: 2, fordybelse: 5 } }));
    act(() => room.ballot(PID_B, { seq: 1, roundId: 'r1', scores: { tillid: 5 } }));
    expect(screen.getByText('2 svar fra telefoner')).toBeInTheDocument();
    expect(round()?.responses.map((r) => [r.source, r.scores.tillid])).toEqual([
      ['live', 2],
      ['live', 5],
    ]);
    // A ballot from an earlier round on the same room is not this round's answer.
    act(() => room.ballot(PID_B, { seq: 3, roundId: 'old', scores: { tillid: 1 } }));
    expect(round()?.responses[1]?.scores.tillid).toBe(5);

    await userEvent.click(screen.getByRole('tab', { name: 'Én ad gangen' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Skjul/ }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/2 svar fra telefoner vises ikke enkeltvis/)).toBeInTheDocument();
  });

  it('closes, reveals the distribution to the phones and hides it again', async () => {
    await openForPhones();
    for (const [pid, score] of [
      [PID_A, 4],
      ['a'.repeat(32), 4],
      ['b'.repeat(32), 5],
    ] as const) {
      act(() => room.ballot(pid, { seq: 1, roundId: 'r1', scores: { tillid: score, fordybelse: 2 } }));
    }
    await userEvent.click(screen.getByRole('button', { name: 'Luk for svar' }));
    expect(lastBoard()?.phase).toBe('closed');
    expect(screen.getByText('Runden er lukket for svar. Det, der er kommet, er gemt.')).toBeInTheDocument();
    // A late answer after closing is not counted.
    act(() => room.ballot(PID_B, { seq: 1, roundId: 'r1', scores: { tillid: 1 } }));
    expect(round()?.responses).toHaveLength(3);

    await userEvent.click(screen.getByRole('button', { name: 'Vis fordelingen på telefonerne' }));
    expect(lastBoard()).toMatchObject({
      phase: 'revealed',
      distribution: { tillid: [0, 0, 0, 2, 1], fordybelse: [0, 3, 0, 0, 0] },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Skjul fordelingen' }));
    expect(lastBoard()).toMatchObject({ phase: 'closed' });
    expect(lastBoard()?.distribution).toBeUndefined();
  });

  it('keeps a theme with fewer than three answers out of what the phones see', async () => {
    await openForPhones();
    act(() => room.ballot(PID_A, { seq: 1, roundId: 'r1', scores: { tillid: 4 } }));
    act(() => room.ballot(PID_B, { seq: 1, roundId: 'r1', scores: { tillid: 2 } }));
    await userEvent.click(screen.getByRole('button', { name: 'Luk for svar' }));
    await userEvent.click(screen.getByRole('button', { name: 'Vis fordelingen på telefonerne' }));
    expect(lastBoard()?.distribution).toEqual({});
  });

  it('says when the relay is gone, keeps what arrived, and the other ways still work', async () => {
    await openForPhones();
    act(() => room.ballot(PID_A, { seq: 1, roundId: 'r1', scores: { tillid: 4 } }));
    act(() => room.status({ kind: 'offline' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Forbindelsen til relæet er væk');
    expect(round()?.responses).toHaveLength(1);
    await userEvent.click(screen.getByRole('tab', { name: 'Én ad gangen' }));
    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Tillid' })).getByRole('radio', { name: /^3/ }),
    );
    expect(round()?.responses.map((r) => r.source)).toEqual(['live', 'sheet']);
  });

  it('tells why the relay refused, in words', async () => {
    await openForPhones();
    act(() => room.status({ kind: 'refused', reason: 'too-many-rooms' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Relæet har for mange rum åbne lige nu');
  });

  it('ends the room: phones are told it is closed and ended, the keys are forgotten, the answers stay', async () => {
    await openForPhones();
    act(() => room.ballot(PID_A, { seq: 1, roundId: 'r1', scores: { tillid: 4 } }));
    await userEvent.click(screen.getByRole('button', { name: 'Afslut svar fra telefoner' }));
    await waitFor(() => expect(round()?.livePhase).toBeUndefined());
    expect(room.boards.slice(-2)).toEqual([
      expect.objectContaining({ phase: 'closed' }),
      { kind: 'ended', of: 'round', title: 'Før' },
    ]);
    expect(readRoomSecrets('r1')).toBeNull();
    expect(round()?.responses).toHaveLength(1);
    expect(await screen.findByRole('button', { name: 'Åbn for svar fra telefoner' })).toBeInTheDocument();
  });

  it('re-opens the same room after a reload, on the phones’ tab', async () => {
    const first = await openForPhones();
    const before = readRoomSecrets('r1');
    first.unmount();
    useLiveLink.getState().disconnect();
    room.options = null;
    renderRound();
    expect(await screen.findByRole('tab', { name: 'Fra telefoner', selected: true })).toBeInTheDocument();
    await screen.findByRole('img', { name: 'QR-kode til at svare fra telefonen' });
    expect((room.options as OpenRoomOptions | null)?.secrets).toEqual(before);
  });

  it('explains how to set phones up when this copy has no relay', async () => {
    room.config = null;
    renderRound();
    await userEvent.click(await screen.findByRole('tab', { name: 'Fra telefoner' }));
    expect(await screen.findByRole('heading', { name: 'Telefoner er ikke sat op her' })).toBeInTheDocument();
    expect(screen.getByText(/npm run live/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Åbn for svar fra telefoner' })).not.toBeInTheDocument();
  });

  it('shows the room on the presenter view with the QR code and the counts, then the result once revealed', async () => {
    seed({ livePhase: 'open' });
    saveRoomSecrets('r1', { sid: 'A'.repeat(22), k: 'B'.repeat(43), facSecret: 'C'.repeat(43) });
    renderRound('/vurdering/r1/telefoner');
    expect(await screen.findByRole('heading', { level: 1, name: 'Scan og svar' })).toBeInTheDocument();
    expect(
      await screen.findByRole('img', { name: 'QR-kode til at svare fra telefonen' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /join\.html#r=A{22}&k=B{43}$/ })).toBeInTheDocument();
    act(() => room.phones(new Set([PID_A, PID_B])));
    for (const pid of [PID_A, PID_B, 'c'.repeat(32)]) {
      act(() => room.ballot(pid, { seq: 1, roundId: 'r1', scores: { tillid: 4 } }));
    }
    expect(screen.getByText('2 telefoner i rummet')).toBeInTheDocument();
    expect(screen.getByText('3 svar fra telefoner')).toBeInTheDocument();

    act(() => useWorkspace.getState().setLivePhase('r1', 'revealed'));
    expect(screen.getByRole('heading', { level: 1, name: 'Sådan svarede I' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Fordeling for Tillid' })).toBeInTheDocument();
    expect(screen.getAllByText('For få svar til at vise fordelingen anonymt.')).toHaveLength(5);
    expect(screen.queryByRole('img', { name: 'QR-kode til at svare fra telefonen' })).not.toBeInTheDocument();
  });

  it('says so on the presenter view when the round is not open for phones', async () => {
    renderRound('/vurdering/r1/telefoner');
    expect(
      await screen.findByText('Runden er ikke åben for telefoner. Åbn den fra runden.'),
    ).toBeInTheDocument();
  });
});
