import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { Meeting } from '@/domain/entities/meeting';
import { clock } from '@/lib/clock';
import { useUndo } from '@/state/undo-store';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import MeetingsPage from './meetings-page';
import { tillidMeeting } from '../../../tests/meeting-fixture';

const base: Meeting = tillidMeeting({
  date: '2026-12-01',
  availableMinutes: 0,
  participants: 6,
  decisionMode: 'A',
  createdAt: '2026-11-01T10:00:00.000Z',
});

const realNow = clock.now;

function renderList() {
  return renderAt(
    <Suspense>
      <MeetingsPage />
    </Suspense>,
    { path: '/moede' },
  );
}

describe('MeetingsPage', () => {
  beforeEach(() => {
    clock.now = () => new Date('2026-11-22T10:00:00').getTime();
    useWorkspace.setState({
      ...emptyWorkspace(),
      teams: [{ id: 't1', name: 'Borgerservice', createdAt: '' }],
      meetings: [
        base,
        {
          ...base,
          id: 'm2',
          runbookId: 'dialogmoede',
          themeIds: ['fleksibilitet', 'tillid'],
          groups: 2,
          date: '2026-10-06',
        },
      ],
    });
  });

  afterEach(() => {
    clock.now = realNow;
    useUndo.setState({ offer: null });
  });

  it('lists upcoming and past meetings per team with their time', async () => {
    renderList();
    expect(await screen.findByRole('heading', { level: 2, name: 'Borgerservice' })).toBeInTheDocument();
    const upcoming = screen.getByRole('link', { name: 'Dialog om tillid' });
    expect(upcoming).toHaveAttribute('href', '/moede/m1');
    expect(
      screen.getByText(/tirsdag den 1\. december 2026 \(uge 49\), kl\. 09:00–10:19/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Afholdte og tidligere møder' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dialogmøde om fleksibilitet og tillid' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Planlæg nyt møde' })).toHaveAttribute('href', '/moede/ny');
  });

  it('deletes a meeting with an offer to undo', async () => {
    renderList();
    await userEvent.click(await screen.findByRole('button', { name: /^Slet Dialog om tillid/ }));
    expect(useWorkspace.getState().meetings.map((m) => m.id)).toEqual(['m2']);
    expect(useUndo.getState().offer?.message).toBe('Mødet »Dialog om tillid« er slettet.');
    useUndo.getState().takeBack();
    expect(useWorkspace.getState().meetings.map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('copies a past meeting to today and opens the copy', async () => {
    const { history } = renderList();
    await userEvent.click(
      await screen.findByRole('button', { name: /^Kopiér Dialogmøde om fleksibilitet og tillid/ }),
    );
    const copy = useWorkspace.getState().meetings[2];
    expect(copy).toMatchObject({
      runbookId: 'dialogmoede',
      date: '2026-11-22',
      themeIds: ['fleksibilitet', 'tillid'],
    });
    expect(history.at(-1)).toBe(`/moede/${copy?.id}`);
  });

  it('invites to plan the first meeting when there is none', async () => {
    useWorkspace.setState({ meetings: [] });
    renderList();
    expect(await screen.findByText('Der er ikke planlagt nogen møder endnu.')).toBeInTheDocument();
  });
});
