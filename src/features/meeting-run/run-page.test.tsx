import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import type { Meeting } from '@/domain/entities/meeting';
import { clock } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import { stubPdfDownloads } from '../../../tests/pdf-download';
import PresenterPage from './presenter-page';
import RunPage from './run-page';
import SummaryPage from './summary-page';
import { tillidMeeting } from '../../../tests/meeting-fixture';

const T0 = 1_795_000_000_000;
const MIN = 60_000;
let now = T0;

const meeting: Meeting = tillidMeeting({
  stepMinutes: { welcome: 2 },
});

function seed(changes: Partial<Meeting> = {}) {
  useWorkspace.setState({
    teams: [{ id: 't1', name: 'Kundeservice', createdAt: '2026-11-20T10:00:00.000Z' }],
    meetings: [{ ...meeting, ...changes }],
    proposals: [],
  });
}

function renderRunner() {
  return renderAt(<Route path="/moede/:meetingId/koer" component={RunPage} />, { path: '/moede/m1/koer' });
}

/** Move the app's clock on and let the render tick see it. */
function advance(ms: number) {
  now += ms;
  act(() => vi.advanceTimersByTime(250));
}

beforeEach(() => {
  now = T0;
  vi.spyOn(clock, 'now').mockImplementation(() => now);
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('RunPage', () => {
  it("shows the toolkit's rule as the rule and a shortened round as the plan", async () => {
    seed({ stepMinutes: { welcome: 2, round: 3 } });
    renderRunner();
    await userEvent.click(screen.getByRole('button', { name: 'Start mødet' }));
    await userEvent.click(screen.getByRole('button', { name: 'Næste trin' }));
    await userEvent.click(screen.getByRole('button', { name: 'Næste trin' }));
    expect(screen.getByText('Værktøjet: Max to minutter pr. deltager')).toBeInTheDocument();
    expect(screen.getByText('Jeres plan: 1 min. pr. deltager · 3 min. i alt')).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Taletid tilbage' })).toHaveTextContent('1:00');
  });

  it('gives every dialogmøde table its drejebog steps 2–5 with the proposal question', async () => {
    seed({
      runbookId: 'dialogmoede',
      themeIds: ['tillid', 'fordybelse'],
      participants: 12,
      groups: 2,
      stepMinutes: {},
    });
    renderRunner();
    await userEvent.click(screen.getByRole('button', { name: 'Start mødet' }));
    await userEvent.click(screen.getByRole('button', { name: 'Næste trin' }));
    const tables = within(
      screen.getByRole('region', { name: 'Bordenes proces: trin 2–5 fra temaets drejebog' }),
    );
    const tillid = within(tables.getByRole('region', { name: 'Bord 1: Tillid' }));
    expect(tillid.getAllByText(/^[2-5]\. /).map((node) => node.textContent)).toEqual([
      '2. Individuel refleksion · 5 minutter',
      '3. Fælles runde · Max to minutter pr. deltager',
      '4. Individuel refleksion · 15 minutter',
      '5. Fælles runde · Max to minutter pr. deltager',
    ]);
    expect(tillid.getByText(/^Hvad tænker du, hvis du ikke kan få fat på en kollega/)).toBeInTheDocument();
    expect(tillid.getByText(/^Hvad vil du foreslå, at I kunne forsøge jer med/)).toBeInTheDocument();
    expect(tables.getByRole('region', { name: 'Bord 2: Fordybelse' })).toBeInTheDocument();
  });

  it('starts the meeting at step 1 and counts down to a clear, announced time-up', async () => {
    seed();
    renderRunner();
    await userEvent.click(screen.getByRole('button', { name: 'Start mødet' }));
    expect(screen.getByText('Trin 1 af 6')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Velkomst og målet med mødet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('timer', { name: 'Tid tilbage i trinnet' })).toHaveTextContent('2:00');

    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    advance(MIN + 30_000);
    expect(screen.getByRole('timer')).toHaveTextContent('0:30');
    advance(45_000);
    // Over time reads as over time: a plus and the word, under a label that no longer says "left".
    expect(screen.getByRole('timer', { name: 'Over tiden' })).toHaveTextContent('+0:15 over');
    expect(screen.queryByRole('timer', { name: 'Tid tilbage i trinnet' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Tiden er gået');
  });

  it('pauses, resumes and adds a minute', async () => {
    seed();
    renderRunner();
    await userEvent.click(screen.getByRole('button', { name: 'Start mødet' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start' }));
    advance(MIN);
    await userEvent.click(screen.getByRole('button', { name: 'Pause' }));
    advance(10 * MIN);
    expect(screen.getByRole('timer')).toHaveTextContent('1:00');
    expect(screen.getByText('Sat på pause')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '+1 minut' }));
    expect(screen.getByRole('timer')).toHaveTextContent('2:00');
    await userEvent.click(screen.getByRole('button', { name: 'Fortsæt' }));
    expect(screen.getByText('Tiden løber')).toBeInTheDocument();
  });

  it.each([
    ['ArrowRight', 'Trin 2 af 6'],
    ['ArrowLeft', 'Trin 1 af 6'],
  ])('the %s key moves between steps', async (key, expected) => {
    seed();
    renderRunner();
    await userEvent.click(screen.getByRole('button', { name: 'Start mødet' }));
    if (key === 'ArrowLeft') fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key });
    expect(screen.getByText(new RegExp(expected))).toBeInTheDocument();
  });

  it('leaves the keys alone while the facilitator types a note', async () => {
    seed();
    renderRunner();
    await userEvent.click(screen.getByRole('button', { name: 'Start mødet' }));
    const notes = screen.getByRole('textbox', { name: 'Noter til trinnet' });
    await userEvent.type(notes, 'Alle er her n');
    expect(screen.getByText('Trin 1 af 6')).toBeInTheDocument();
    expect(useWorkspace.getState().meetings[0]?.notes.welcome).toBe('Alle er her n');
  });

  it('gives the word on in a round: who of how many, with the keyboard or the button', async () => {
    seed();
    renderRunner();
    await userEvent.click(screen.getByRole('button', { name: 'Start mødet' }));
    await userEvent.click(screen.getAllByRole('button', { name: /Fælles runde/ })[0]!);
    expect(screen.getByText('Taler 1 af 3')).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'n' });
    expect(screen.getByText('Taler 2 af 3')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Næste taler' }));
    expect(screen.getByText(/Taler 3 af 3/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Næste taler' })).toBeDisabled();
  });

  it('adds proposals with Enter, keeps the field ready, refuses an empty one and edits', async () => {
    seed();
    renderRunner();
    await userEvent.click(screen.getByRole('button', { name: 'Start mødet' }));
    const steps = screen.getByRole('navigation', { name: 'Mødets trin' });
    await userEvent.click(within(steps).getAllByRole('button', { name: /Fælles runde/ })[1]!);
    const field = screen.getByRole('textbox', { name: 'Nyt forslag' });
    await userEvent.type(field, 'Fast mødedag{Enter}');
    await userEvent.type(field, 'Kamera tændt{Enter}');
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
    expect(useWorkspace.getState().proposals).toMatchObject([
      { teamId: 't1', meetingId: 'm1', text: 'Fast mødedag', themeId: 'tillid' },
      { text: 'Kamera tændt' },
    ]);
    await userEvent.type(field, '   {Enter}');
    expect(screen.getByText('Skriv forslaget, før du tilføjer det.')).toBeInTheDocument();
    expect(useWorkspace.getState().proposals).toHaveLength(2);

    await userEvent.click(screen.getByRole('button', { name: 'Ret forslag 1' }));
    const edit = screen.getByRole('textbox', { name: 'Forslag 1' });
    await userEvent.clear(edit);
    await userEvent.type(edit, 'Fast mødedag om onsdagen{Enter}');
    expect(useWorkspace.getState().proposals[0]?.text).toBe('Fast mødedag om onsdagen');
  });

  it('finishes at the last step and leads on to the summary', async () => {
    seed();
    renderRunner();
    await userEvent.click(screen.getByRole('button', { name: 'Start mødet' }));
    await userEvent.click(screen.getByRole('button', { name: /Beslutning/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Afslut mødet' }));
    expect(screen.getByText('Mødet er afsluttet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se opsummeringen' })).toHaveAttribute(
      'href',
      '/moede/m1/opsummering',
    );
  });

  it('says so when the meeting does not exist', () => {
    seed();
    renderAt(<Route path="/moede/:meetingId/koer" component={RunPage} />, { path: '/moede/nope/koer' });
    expect(screen.getByRole('heading', { level: 1, name: 'Mødet findes ikke' })).toBeInTheDocument();
  });
});

describe('PresenterPage', () => {
  it('shows the current step as the heading, its questions and the timer', async () => {
    seed();
    useWorkspace.getState().startMeeting('m1');
    useWorkspace.getState().nextStep('m1');
    renderAt(<Route path="/moede/:meetingId/praesentation" component={PresenterPage} />, {
      path: '/moede/m1/praesentation',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Individuel refleksion' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('timer')).toHaveTextContent('5:00');
    fireEvent.keyDown(window, { key: ' ' });
    expect(screen.getByText('Tiden løber')).toBeInTheDocument();
  });
});

describe('SummaryPage', () => {
  it('lists the steps as run with actual times, skips, notes and proposals', () => {
    seed({ notes: { welcome: 'Alle mødte op' } });
    const s = useWorkspace.getState();
    s.startMeeting('m1');
    now += 3 * MIN;
    s.nextStep('m1');
    now += MIN;
    s.skipStep('m1');
    s.finishMeeting('m1');
    s.addProposal({ teamId: 't1', meetingId: 'm1', text: 'Fast mødedag', themeId: 'tillid' });
    renderAt(<Route path="/moede/:meetingId/opsummering" component={SummaryPage} />, {
      path: '/moede/m1/opsummering',
    });
    const rows = screen.getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Velkomst.*2 min\..*3 min\..*Alle mødte op/);
    expect(rows[2]).toHaveTextContent('Sprunget over');
    expect(rows[3]).toHaveTextContent(/Fælles runde.*6 min\..*0 min\./);
    expect(rows[4]).toHaveTextContent('Ikke nået');
    expect(screen.getByText('Fast mødedag')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Åbn handleplanen' })).toHaveAttribute('href', '/handleplan/t1');
  });

  it('downloads the whole service check for the meeting', async () => {
    const click = stubPdfDownloads();
    seed();
    useWorkspace.getState().startMeeting('m1');
    useWorkspace.getState().finishMeeting('m1');
    renderAt(<Route path="/moede/:meetingId/opsummering" component={SummaryPage} />, {
      path: '/moede/m1/opsummering',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Hele servicetjekket (PDF)' }));
    expect(
      await screen.findByText(
        /^servicetjek-rapport-kundeservice-\d{4}-\d\d-\d\d\.pdf er hentet\.$/,
        {},
        { timeout: 10000 },
      ),
    ).toHaveAttribute('role', 'status');
    expect(click).toHaveBeenCalledTimes(1);
  });
});
