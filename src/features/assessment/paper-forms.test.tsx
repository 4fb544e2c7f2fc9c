import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { renderAt } from '../../../tests/render';
import { emptyRound, seedRounds } from '../../../tests/round-store-seed';
import { stubPdfDownloads } from '../../../tests/pdf-download';
import RoundPage from './round-page';

beforeEach(() => seedRounds(emptyRound({ date: '2026-11-24' })));
afterEach(() => vi.restoreAllMocks());

async function openTally() {
  renderAt(
    <Suspense>
      <Route path="/vurdering/:roundId" component={RoundPage} />
    </Suspense>,
    { path: '/vurdering/r1' },
  );
  await userEvent.click(await screen.findByRole('tab', { name: 'Optælling' }));
}

describe('paper for a room without phones', () => {
  it('prints the vurderingsskema for the number of participants typed, and the tally sheet', async () => {
    const click = stubPdfDownloads();
    await openTally();
    const copies = screen.getByLabelText('Antal deltagere');
    await userEvent.clear(copies);
    await userEvent.type(copies, '25');
    await userEvent.click(screen.getByRole('button', { name: 'Vurderingsskema, 25 ark (PDF)' }));
    expect(
      await screen.findByText(
        'vurderingsskema-borgerservice-2026-11-24.pdf er hentet.',
        {},
        { timeout: 10000 },
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Optællingsark (PDF)' }));
    expect(
      await screen.findByText('optaelling-borgerservice-2026-11-24.pdf er hentet.', {}, { timeout: 10000 }),
    ).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(2);
  });

  it.each(['0', '201', 'x'])('asks for a whole number from 1 to 200 instead of %j', async (typed) => {
    await openTally();
    const copies = screen.getByLabelText('Antal deltagere');
    await userEvent.clear(copies);
    await userEvent.type(copies, typed);
    expect(copies).toHaveAccessibleDescription('Skriv et helt tal fra 1 til 200.');
    expect(screen.queryByRole('button', { name: /^Vurderingsskema/ })).not.toBeInTheDocument();
  });
});
