import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import type { AssessmentRound } from '@/domain/entities/assessment';
import { useUndo } from '@/state/undo-store';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import { emptyRound, seedRounds } from '../../../tests/round-store-seed';
import { stubPdfDownloads } from '../../../tests/pdf-download';
import RoundPage from './round-page';
import RoundSummaryPage from './round-summary-page';

const round = (overrides: Partial<AssessmentRound> = {}) =>
  emptyRound({ date: '2026-02-03', createdAt: '2026-02-03T09:00:00Z', ...overrides });

function renderRound(path: string) {
  return renderAt(
    <Suspense>
      <Route path="/vurdering/:roundId/resultat" component={RoundSummaryPage} />
      <Route path="/vurdering/:roundId" component={RoundPage} />
    </Suspense>,
    { path },
  );
}

const storedRound = () => useWorkspace.getState().assessments[0];

describe('collecting answers one by one', () => {
  beforeEach(() => seedRounds(round()));

  it('saves each click at once and starts a fresh sheet for the next participant', async () => {
    renderRound('/vurdering/r1');
    expect(await screen.findByRole('heading', { name: 'Deltager 1' })).toBeInTheDocument();
    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: 'Fordybelse' })).getByRole('radio', { name: /^5/ }),
    );
    expect(storedRound()?.responses).toMatchObject([{ name: '', scores: { fordybelse: 5 } }]);
    expect(screen.getByText('5 temaer er ikke scoret. Det er i orden at springe over.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Næste deltager' }));
    expect(screen.getByRole('heading', { name: 'Deltager 2' })).toBeInTheDocument();
    expect(screen.getByText('Besvarelse 1 er gemt. Klar til næste deltager.')).toBeInTheDocument();
    expect(
      within(screen.getByRole('radiogroup', { name: 'Fordybelse' })).getByRole('radio', { name: /^5/ }),
    ).not.toBeChecked();
    expect(screen.getByText('1 besvarelse er gemt og skjult.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows earlier answers on request, and deletes one with an undo offer', async () => {
    seedRounds(
      round({ responses: [{ id: 'a', name: 'Kim', scores: { tillid: 2 }, source: 'sheet', createdAt: '' }] }),
    );
    renderRound('/vurdering/r1');
    await userEvent.click(
      await screen.findByLabelText('Skjul tidligere besvarelser, så ingen bliver påvirket'),
    );
    expect(screen.getByRole('cell', { name: 'Kim' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Slet besvarelse 1' }));
    expect(storedRound()?.responses).toEqual([]);
    expect(useUndo.getState().offer?.message).toBe('Besvarelse 1 er slettet.');
    act(() => useUndo.getState().takeBack());
    expect(storedRound()?.responses).toHaveLength(1);
  });

  it('saves a valid tally as it is typed and refuses a value that is not a whole number', async () => {
    renderRound('/vurdering/r1');
    await userEvent.click(await screen.findByRole('tab', { name: 'Optælling' }));
    await userEvent.type(screen.getByLabelText('Tillid: antal der valgte 4'), '3');
    expect(storedRound()?.tally.tillid).toEqual([0, 0, 0, 3, 0]);
    await userEvent.type(screen.getByLabelText('Tillid: antal der valgte 5'), '-1');
    expect(screen.getByLabelText('Tillid: antal der valgte 5')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Skriv et helt tal fra 0 og op.')).toBeInTheDocument();
    expect(storedRound()?.tally.tillid).toEqual([0, 0, 0, 3, 0]);
  });
});

describe('the summary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the whole service check for this round', async () => {
    const click = stubPdfDownloads();
    seedRounds(round({ tally: { tillid: [0, 0, 1, 1, 1] } }));
    renderRound('/vurdering/r1/resultat');
    await userEvent.click(await screen.findByRole('button', { name: 'Hele servicetjekket (PDF)' }));
    expect(
      await screen.findByText(
        /^servicetjek-rapport-borgerservice-\d{4}-\d\d-\d\d\.pdf er hentet\.$/,
        {},
        {
          timeout: 10000,
        },
      ),
    ).toHaveAttribute('role', 'status');
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('says so when the tally themes have different totals and gives the count per theme', async () => {
    seedRounds(round({ tally: { tillid: [0, 0, 5, 6, 0], fordybelse: [0, 0, 5, 5, 0] } }));
    renderRound('/vurdering/r1/resultat');
    expect(
      await screen.findByText('Temaerne har ikke lige mange svar: Fordybelse 10, Tillid 11.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/har svaret$/)).not.toBeInTheDocument();
    expect(screen.getByText('Indtil nu: 10–11 svar pr. tema.')).toBeInTheDocument();
  });

  it('never says "no spread of 1 point" beside a theme whose spread shows as 1,0', async () => {
    // Spread 0.954 is shown as 1,0, so it is called out as disagreement.
    seedRounds(round({ tally: { tillid: [0, 4, 4, 2, 1] } }));
    renderRound('/vurdering/r1/resultat');
    const callout = await screen.findByRole('region', { name: /Her ser I forskelligt/ });
    expect(
      within(callout).getByText(/Tillid: svarene spænder fra 2 til 5 \(spredning 1,0\)/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/ingen spredning på 1 point eller mere/)).not.toBeInTheDocument();
  });

  it('hides per-answer detail below three answers and says why', async () => {
    seedRounds(round({ tally: { tillid: [0, 0, 0, 1, 1] } }));
    renderRound('/vurdering/r1/resultat');
    expect(await screen.findByText('2 har svaret')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Fordelingen vises først ved mindst 3 svar, så ingen kan se, hvad den enkelte har svaret.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: /Fordeling af scorer/ })).not.toBeInTheDocument();
  });

  it('calls out disagreement and a tension, recommends the dialogmøde and links to planning it', async () => {
    seedRounds(
      round({
        tally: {
          fordybelse: [0, 0, 0, 2, 2],
          tilgaengelighed: [0, 0, 0, 2, 2],
          tillid: [2, 0, 0, 0, 2],
        },
      }),
    );
    renderRound('/vurdering/r1/resultat');
    const disagree = await screen.findByRole('region', { name: 'Her ser I forskelligt på det' });
    expect(disagree).toHaveTextContent('Tillid: svarene spænder fra 1 til 5 (spredning 2,0).');
    expect(screen.getByRole('region', { name: 'Husk balancen' })).toHaveTextContent(
      'Både Fordybelse og Tilgængelighed scorer højt (4,5 og 4,5).',
    );
    const recommendation = screen.getByRole('region', { name: 'Hvor starter I?' });
    expect(recommendation).toHaveTextContent(
      'Tilgængelighed og Fordybelse er lige vigtige (højst 4,5, under et halvt point fra hinanden) – tag dem op samlet på et dialogmøde.',
    );
    expect(recommendation).toHaveTextContent(
      'Tal også om Tillid: her ser I forskelligt på det, og en del af jer finder det vigtigt.',
    );
    // The skema's own guidance for several themes, its "side 18-19" turned into a link to the dialogmøde.
    const guidance = within(recommendation).getByRole('blockquote', { name: 'Vurderingsskemaet siger' });
    expect(guidance).toHaveTextContent('Hvis flere temaer er meget vigtige');
    expect(guidance).toHaveTextContent(
      'Hvis besvarelserne på skemaet viser, at to eller flere temaer er lige vigtige eller fx er vigtige for forskellige grupper på arbejdspladsen, kan I vælge at tage dem op samlet på et dialogmøde, som beskrevet på dialogmødet (i hæftet: side 18-19). Dialogmødet er især egnet, hvis I vurderer, at temaerne hænger tæt sammen.',
    );
    expect(within(guidance).getByRole('link', { name: 'dialogmødet' })).toHaveAttribute(
      'href',
      '/temaer/dialogmoede',
    );
    expect(
      within(recommendation).getByRole('link', {
        name: 'Planlæg dialogmødet om Tilgængelighed og Fordybelse',
      }),
    ).toHaveAttribute(
      'href',
      '/moede/ny?runbook=dialogmoede&themes=tilgaengelighed,fordybelse&team=t1&round=r1',
    );
  });

  it('lets the facilitator override the recommendation with one theme', async () => {
    seedRounds(round({ tally: { fordybelse: [0, 0, 0, 0, 3], tillid: [0, 0, 3, 0, 0] } }));
    renderRound('/vurdering/r1/resultat');
    const recommendation = await screen.findByRole('region', { name: 'Hvor starter I?' });
    expect(
      within(recommendation).getByRole('link', { name: 'Planlæg mødet: Fordybelse' }),
    ).toBeInTheDocument();
    expect(
      within(recommendation).getByRole('blockquote', { name: 'Vurderingsskemaet siger' }),
    ).toHaveTextContent(
      'Hvis et tema træder frem som det vigtigsteHvis I hurtigt kan se, at et specifikt tema er vigtigst at drøfte, kan I tage det op på fx et personalemøde. Find et procesforslag beskrevet under det enkelte tema.',
    );
    await userEvent.click(within(recommendation).getByText('Vælg selv', { selector: 'summary' }));
    await userEvent.click(within(recommendation).getByLabelText('Ét tema'));
    await userEvent.selectOptions(within(recommendation).getByLabelText('Tema'), 'tillid');
    expect(storedRound()?.choice).toEqual({ kind: 'theme', themeId: 'tillid' });
    expect(within(recommendation).getByRole('link', { name: 'Planlæg mødet: Tillid' })).toHaveAttribute(
      'href',
      '/moede/ny?runbook=tillid&team=t1&round=r1',
    );
  });
});
