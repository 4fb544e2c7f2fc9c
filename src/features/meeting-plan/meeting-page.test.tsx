import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { Route } from 'wouter';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import type { Meeting } from '@/domain/entities/meeting';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import { stubPdfDownloads } from '../../../tests/pdf-download';
import MeetingPage from './meeting-page';

const meeting: Meeting = {
  id: 'm1',
  teamId: 't1',
  runbookId: 'tillid',
  themeIds: ['tillid'],
  assessmentRoundId: null,
  date: '2026-11-24',
  startTime: '09:00',
  place: 'Mødelokale 2',
  availableMinutes: 90,
  participants: 6,
  groups: 1,
  tovholdere: 'Anna',
  decisionMode: 'B',
  stepMinutes: {},
  checklist: {},
  notes: {},
  run: null,
  createdAt: '2026-11-22T10:00:00.000Z',
};

function renderMeeting(id = 'm1') {
  return renderAt(
    <Suspense>
      <Route path="/moede/:meetingId" component={MeetingPage} />
    </Suspense>,
    { path: `/moede/${id}` },
  );
}

function stored() {
  return useWorkspace.getState().meetings[0];
}

describe('MeetingPage', () => {
  beforeEach(() => {
    useWorkspace.setState({
      ...emptyWorkspace(),
      teams: [{ id: 't1', name: 'Borgerservice', createdAt: '' }],
      meetings: [meeting],
    });
  });

  it('shows the plan with team, date and ISO week, and links to run and present it', async () => {
    renderMeeting();
    expect(await screen.findByRole('heading', { level: 1, name: 'Dialog om tillid' })).toBeInTheDocument();
    expect(screen.getByText('Borgerservice · tirsdag den 24. november 2026 (uge 48)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start mødet' })).toHaveAttribute('href', '/moede/m1/koer');
    expect(screen.getByRole('link', { name: 'Præsentationsvisning' })).toHaveAttribute(
      'href',
      '/moede/m1/praesentation',
    );
  });

  it('saves edits as they are typed, and keeps the last good value while a field is wrong', async () => {
    renderMeeting();
    const participants = await screen.findByLabelText('Antal deltagere');
    await userEvent.clear(participants);
    await userEvent.type(participants, '10');
    expect(stored()).toMatchObject({ participants: 10 });
    await userEvent.type(participants, '000');
    // 100 was valid on the way; 1000 and 10000 are not, so 100 stays stored while the text is kept.
    expect(participants).toHaveValue('10000');
    expect(participants).toHaveAccessibleDescription('Skriv et helt antal deltagere fra 1 til 500.');
    expect(stored()).toMatchObject({ participants: 100 });
    await userEvent.type(screen.getByLabelText('Sted'), ', 2. sal');
    expect(stored()).toMatchObject({ place: 'Mødelokale 2, 2. sal' });
  });

  it('ticks off the før mødet checklist and stores it', async () => {
    renderMeeting();
    const item = await screen.findByRole('checkbox', { name: /Vælg en tovholder/ });
    await userEvent.click(item);
    expect(stored()?.checklist).toEqual({ '0': true });
    expect(screen.getByText('1 af 1 klaret')).toBeInTheDocument();
  });

  it('writes an invitation with purpose, clock times and the reflection questions, and copies it', async () => {
    const user = userEvent.setup();
    renderMeeting();
    const text = await screen.findByLabelText('Invitationens tekst');
    const value = (text as HTMLTextAreaElement).value;
    expect(value).toMatch(/^Invitation: Dialog om tillid\n\n/);
    // One theme is a meeting on that theme, not a dialogmøde (the toolkit's two kinds of meeting).
    expect(value).toContain('På mødet drøfter vi temaet tillid i vores hybride arbejde.');
    expect(value).not.toMatch(/dialogmøde/i);
    expect(value).toContain('Tid: tirsdag den 24. november 2026 (uge 48), kl. 09:00–09:59');
    expect(value).toContain('Sted: Mødelokale 2');
    expect(value).toContain('09:05–09:10  2. Individuel refleksion (5 min.)');
    expect(value).toContain(
      '    – Hvad tænker du, hvis du ikke kan få fat på en kollega eller medarbejder, der arbejder hjemme?',
    );
    await user.click(screen.getByRole('button', { name: 'Kopiér' }));
    expect(await navigator.clipboard.readText()).toBe(value);
    expect(screen.getByText('Teksten er kopieret.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Åbn i mailprogram' }).getAttribute('href')).toMatch(
      /^mailto:\?subject=Invitation%3A%20Dialog%20om%20tillid&body=/,
    );
  });

  it('says so when the meeting does not exist', async () => {
    renderMeeting('nope');
    expect(await screen.findByText('Mødet findes ikke. Det kan være slettet.')).toBeInTheDocument();
  });

  it('follows a step edit in the agenda and the invitation', async () => {
    renderMeeting();
    const welcome = await screen.findByLabelText('Minutter til trin 1: Velkomst og målet med mødet');
    await userEvent.clear(welcome);
    await userEvent.type(welcome, '15');
    expect(stored()?.stepMinutes).toEqual({ welcome: 15 });
    const table = screen.getByRole('table', { name: 'Dagsorden med klokkeslæt' });
    expect(within(table).getByRole('rowheader', { name: '09:00–09:15' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Brug drejebogens tid til trin 1/ }));
    expect(stored()?.stepMinutes).toEqual({});
    expect(welcome).toHaveValue('5');
  });

  it('turns a single-theme meeting into a dialogmøde only once it has two themes, with tables that follow', async () => {
    useWorkspace.setState({ meetings: [{ ...meeting, participants: 12 }] });
    renderMeeting();
    await userEvent.selectOptions(await screen.findByLabelText('Drejebog'), 'dialogmoede');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Tillid' }));
    expect(stored()).toMatchObject({ runbookId: 'tillid', themeIds: ['tillid'] });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Fordybelse' }));
    expect(screen.getByLabelText('Antal grupper (borde)')).toHaveValue('2');
    expect(stored()).toMatchObject({
      runbookId: 'dialogmoede',
      themeIds: ['fordybelse', 'tillid'],
      groups: 2,
    });
  });

  it('downloads the invitation as a PDF named by the meeting date', async () => {
    const click = stubPdfDownloads();
    renderMeeting();
    await userEvent.click(await screen.findByRole('button', { name: 'Invitation (PDF)' }));
    expect(
      await screen.findByText('dagsorden-borgerservice-2026-11-24.pdf er hentet.', {}, { timeout: 10000 }),
    ).toHaveAttribute('role', 'status');
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('offers a sheet for each table of a dialogmøde as a PDF', async () => {
    const click = stubPdfDownloads();
    useWorkspace.setState({
      meetings: [{ ...meeting, runbookId: 'dialogmoede', themeIds: ['fordybelse', 'tillid'], groups: 2 }],
    });
    renderMeeting();
    await userEvent.click(await screen.findByRole('button', { name: 'Ark til bordene (PDF)' }));
    expect(
      await screen.findByText(
        'ark-til-bordene-borgerservice-2026-11-24.pdf er hentet.',
        {},
        { timeout: 10000 },
      ),
    ).toHaveAttribute('role', 'status');
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('shows no table sheets for a meeting on one theme', async () => {
    renderMeeting();
    await screen.findByRole('button', { name: 'Invitation (PDF)' });
    expect(screen.queryByRole('button', { name: 'Ark til bordene (PDF)' })).not.toBeInTheDocument();
  });
});
