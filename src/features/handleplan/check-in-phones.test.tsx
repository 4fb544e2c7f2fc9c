import { screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Route } from 'wouter';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { clock } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import ExperimentPage from './experiment-page';

const PID_A = '0123456789abcdef0123456789abcdef';
const PID_B = 'fedcba9876543210fedcba9876543210';
let experimentId = '';

beforeEach(() => {
  vi.spyOn(clock, 'now').mockReturnValue(new Date('2026-11-18T10:00:00').getTime());
  useWorkspace.setState({
    ...emptyWorkspace(),
    teams: [{ id: 't1', name: 'Løn og personale', createdAt: '2026-11-01T10:00:00.000Z' }],
  });
  experimentId = useWorkspace.getState().addExperiment({
    teamId: 't1',
    hvad: 'Stille formiddag',
    startDate: '2026-11-02',
    themeIds: ['fordybelse'],
  });
});

afterEach(() => vi.restoreAllMocks());

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
