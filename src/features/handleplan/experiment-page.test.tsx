import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { useWorkspace } from '@/state/workspace-store';
import { seedQuietMorningInStore } from '../../../tests/experiment-store-seed';
import { renderAt } from '../../../tests/render';
import { stubPdfDownloads } from '../../../tests/pdf-download';
import ExperimentPage from './experiment-page';

let experimentId = '';

function renderExperiment(language: 'da' | 'en' = 'da') {
  return renderAt(<Route path="/handleplan/forsoeg/:experimentId" component={ExperimentPage} />, {
    path: `/handleplan/forsoeg/${experimentId}`,
    language,
  });
}

beforeEach(() => {
  experimentId = seedQuietMorningInStore();
});

afterEach(() => vi.restoreAllMocks());

describe('ExperimentPage', () => {
  it('shows the six weeks with dates and ISO weeks, and moves the start', async () => {
    const user = userEvent.setup();
    renderExperiment();
    const stops = screen.getByRole('region', { name: 'De seks uger' });
    expect(within(stops).getByText('mandag den 16. november 2026 · uge 47')).toBeInTheDocument();
    expect(within(stops).getByText('mandag den 14. december 2026 · uge 51')).toBeInTheDocument();
    expect(screen.queryByText(/De seks uger rammer/)).not.toBeInTheDocument();

    const start = screen.getByLabelText('Ny startdato');
    await user.clear(start);
    await user.type(start, '2026-11-30');
    await user.click(screen.getByRole('button', { name: 'Flyt start' }));
    expect(useWorkspace.getState().experiments[0]?.startDate).toBe('2026-11-30');
    expect(screen.getByText(/De seks uger rammer jul og nytår/)).toBeInTheDocument();
  });

  it('proposes the nearest start without a holiday and applies it in one click', async () => {
    const user = userEvent.setup();
    useWorkspace.getState().moveExperimentStart(experimentId, '2026-11-30');
    renderExperiment();
    // 9 November would avoid jul og nytår but has passed (today is 18 November), so after påske 2027.
    expect(
      screen.getByText('Nærmeste start uden ferie på samme ugedag: mandag den 5. april 2027 (uge 14).'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Start 5\. apr\.? i stedet$/ }));
    expect(useWorkspace.getState().experiments[0]?.startDate).toBe('2027-04-05');
    expect(screen.queryByText(/De seks uger rammer/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Ny startdato')).toHaveValue('2027-04-05');
  });

  it('records the week-2 check-in, logs its adjustment and draws the before/after line', async () => {
    const user = userEvent.setup();
    renderExperiment();
    await user.selectOptions(screen.getByLabelText('Temaets score før forsøget'), '2');
    const form = screen.getByRole('region', { name: 'Stop op efter 2 uger' });
    await user.type(within(form).getByLabelText('Hvad har vi lært?'), 'Det giver ro');
    await user.type(within(form).getByLabelText('Hvad skal vi fortsætte med?'), 'Tirsdag');
    await user.type(within(form).getByLabelText('Hvad skal vi justere?'), 'Start kl. 9');
    await user.selectOptions(within(form).getByLabelText('Ny score for temaet 1–5 (valgfrit)'), '4');
    await user.click(within(form).getByRole('button', { name: 'Gem stop op efter 2 uger' }));

    expect(useWorkspace.getState().experiments[0]?.checkIns).toMatchObject([
      { week: 2, date: '2026-11-18', learned: 'Det giver ro', adjust: 'Start kl. 9', score: 4 },
    ]);
    expect(within(form).getByText('Holdt onsdag den 18. november 2026')).toBeInTheDocument();
    const adjustments = screen.getByRole('region', { name: 'Justeringer – hvornår?' });
    expect(within(adjustments).getByText(/Start kl. 9/)).toBeInTheDocument();
    expect(screen.getByText('Før forsøget: 2 af 5')).toBeInTheDocument();
    expect(screen.getByText('Efter 2 uger: 4 af 5')).toBeInTheDocument();
    expect(screen.getByText('Justeret')).toBeInTheDocument();
  });

  it('asks for an outcome, then records the decision and lets it be taken back', async () => {
    const user = userEvent.setup();
    renderExperiment();
    const decision = screen.getByRole('region', { name: 'Beslutning efter seks uger' });
    await user.click(within(decision).getByRole('button', { name: 'Gem beslutningen' }));
    expect(within(decision).getByRole('alert')).toHaveTextContent('Vælg en beslutning.');
    expect(within(decision).getByRole('group', { name: 'Hvad beslutter I?' })).toHaveAccessibleDescription(
      expect.stringMatching(/Vælg en beslutning\.$/),
    );

    // A date the browser cannot read is named on the date field itself.
    await user.click(within(decision).getByRole('radio', { name: 'Gøres permanent' }));
    const date = within(decision).getByLabelText('Dato for beslutningen');
    await user.clear(date);
    await user.click(within(decision).getByRole('button', { name: 'Gem beslutningen' }));
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription('Skriv en gyldig dato.');
    expect(useWorkspace.getState().experiments[0]?.decision).toBeNull();
    await user.type(date, '2026-12-14');

    await user.click(within(decision).getByRole('radio', { name: 'Gøres permanent' }));
    await user.type(within(decision).getByLabelText('Begrundelse'), 'Alle vil fortsætte');
    await user.click(within(decision).getByRole('button', { name: 'Gem beslutningen' }));
    expect(useWorkspace.getState().experiments[0]?.decision).toEqual({
      outcome: 'permanent',
      reason: 'Alle vil fortsætte',
      date: '2026-12-14',
    });
    expect(screen.getByText('Gjort permanent')).toBeInTheDocument();

    await user.click(within(decision).getByRole('button', { name: 'Tag beslutningen tilbage' }));
    expect(useWorkspace.getState().experiments[0]?.decision).toBeNull();
    expect(within(decision).getByRole('radio', { name: 'Gøres permanent' })).toBeChecked();
  });

  it('marks "justeres og forlænges" as the app\'s addition and starts six new weeks, keeping the first', async () => {
    const user = userEvent.setup();
    useWorkspace.getState().recordCheckIn(experimentId, {
      week: 2,
      date: '2026-11-16',
      learned: 'Færre afbrydelser',
      continueWith: '',
      adjust: '',
      score: 4,
    });
    renderExperiment();
    const decision = screen.getByRole('region', { name: 'Beslutning efter seks uger' });
    expect(
      within(decision).getByText(/^Værktøjet siger: »efter seks uger beslutter arbejdspladsen/),
    ).toBeInTheDocument();
    const extend = within(decision).getByRole('radio', { name: 'Justeres og forlænges (appens tilføjelse)' });
    expect(within(decision).getByRole('radio', { name: 'Gøres permanent' })).toBeInTheDocument();
    await user.click(extend);
    await user.type(within(decision).getByLabelText('Begrundelse'), 'Mere tid');
    await user.click(within(decision).getByRole('button', { name: 'Gem beslutningen' }));

    // The new period: its own stops two, four and six weeks after the decision's date.
    expect(useWorkspace.getState().experiments[0]).toMatchObject({ startDate: '2026-12-14', checkIns: [] });
    expect(screen.getByRole('region', { name: 'Stop op efter 2 uger' })).toHaveTextContent(
      'Planlagt mandag den 28. december 2026 (uge 53)',
    );
    expect(screen.getByRole('region', { name: 'Stop op efter 4 uger' })).toHaveTextContent(
      'Planlagt mandag den 11. januar 2027 (uge 2)',
    );
    expect(screen.getByRole('button', { name: 'Gem stop op efter 2 uger' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Beslutning efter seks uger' })).getByText(
        'Beslutningen træffes efter seks uger, mandag den 25. januar 2027.',
      ),
    ).toBeInTheDocument();

    // The first period stays readable: its check-in and its decision.
    const history = screen.getByRole('region', { name: 'Tidligere perioder' });
    expect(
      within(history).getByText('Periode 2 er i gang: start mandag den 14. december 2026.'),
    ).toBeInTheDocument();
    expect(
      within(history).getByRole('heading', {
        name: 'Periode 1: mandag den 2. november 2026 til mandag den 14. december 2026',
      }),
    ).toBeInTheDocument();
    expect(within(history).getByText('Færre afbrydelser')).toBeInTheDocument();
    expect(
      within(history).getByText('Justeres og forlænges mandag den 14. december 2026 (appens tilføjelse)'),
    ).toBeInTheDocument();
    expect(within(history).getByText('Mere tid')).toBeInTheDocument();

    await user.click(within(history).getByRole('button', { name: 'Fortryd forlængelsen' }));
    expect(useWorkspace.getState().experiments[0]).toMatchObject({
      startDate: '2026-11-02',
      earlierPeriods: [],
    });
    expect(screen.queryByRole('region', { name: 'Tidligere perioder' })).not.toBeInTheDocument();
  });

  it('speaks English with English dates and week numbers', () => {
    renderExperiment('en');
    expect(screen.getByRole('heading', { name: 'Check-in after 2 weeks' })).toBeInTheDocument();
    expect(screen.getByText('Monday, 16 November 2026 · week 47')).toBeInTheDocument();
  });

  it.each([
    [2, 'stop-op-2-loen-og-personale-2026-11-16.pdf'],
    [4, 'stop-op-4-loen-og-personale-2026-11-30.pdf'],
  ])('downloads the stop op sheet for week %i', async (week, fileName) => {
    const click = stubPdfDownloads();
    renderExperiment();
    await userEvent.click(screen.getByRole('button', { name: `Stop op-ark uge ${week} (PDF)` }));
    expect(await screen.findByText(`${fileName} er hentet.`, {}, { timeout: 10000 })).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
  });
});
