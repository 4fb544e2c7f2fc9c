import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkspace } from '@/domain/empty-workspace';
import { clock } from '@/lib/clock';
import { useWorkspace } from '@/state/workspace-store';
import { renderAt } from '../../../tests/render';
import MeetingNewPage from './meeting-new-page';

function renderPlanner(path = '/moede/ny') {
  return renderAt(
    <Suspense>
      <MeetingNewPage />
    </Suspense>,
    { path },
  );
}

async function setField(label: string | RegExp, value: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  if (value) await userEvent.type(input, value);
}

function totalRow() {
  const table = screen.getByRole('table', { name: 'Dagsorden med klokkeslæt' });
  return within(table).getAllByRole('row').at(-1) as HTMLElement;
}

const realNow = clock.now;

describe('MeetingNewPage', () => {
  afterEach(() => {
    clock.now = realNow;
  });

  beforeEach(() => {
    clock.now = () => new Date('2026-11-22T10:00:00').getTime();
    useWorkspace.setState({
      ...emptyWorkspace(),
      teams: [{ id: 't1', name: 'Borgerservice', createdAt: '' }],
    });
  });

  it('plans a meeting from a round for everyone who answered, tallied answers included', async () => {
    useWorkspace.setState({
      assessments: [
        {
          id: 'r1',
          teamId: 't1',
          date: '2026-11-02',
          label: '',
          responses: [{ id: 'a', name: '', scores: { tillid: 4 }, source: 'sheet', createdAt: '' }],
          // Eight by a show of hands: nine in all.
          tally: { tillid: [0, 2, 2, 2, 2] },
          choice: null,
          createdAt: '',
        },
      ],
    });
    renderPlanner('/moede/ny?round=r1&runbook=tillid');
    expect(await screen.findByLabelText('Antal deltagere')).toHaveValue('9');
  });

  it('recomputes the total and the clock times when the number of participants changes', async () => {
    renderPlanner('/moede/ny?runbook=tillid');
    // 12 participants, decision A: 5 + 50 + 48 = 103 minutes from 09:00.
    expect(await screen.findByText('103 minutter')).toBeInTheDocument();
    expect(within(totalRow()).getByText('09:00–10:43')).toBeInTheDocument();
    await setField('Antal deltagere', '6');
    expect(within(totalRow()).getByText('79 minutter')).toBeInTheDocument();
    expect(within(totalRow()).getByText('09:00–10:19')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '09:10–09:22' })).toBeInTheDocument();
  });

  it('warns when the agenda does not fit and takes a suggestion', async () => {
    renderPlanner('/moede/ny?runbook=tillid');
    await setField('Antal deltagere', '6');
    await setField('Tid sat af (minutter)', '60');
    expect(
      await screen.findByText('Dagsordenen er 19 minutter for lang til de 60 minutter, I har sat af.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Vælg beslutning B: sparer 20 minutter\./)).toBeInTheDocument();
    // 19 minutes over is far more than a shorter welcome can give back: the real levers, and the
    // app's own idea marked as the app's.
    expect(
      screen.getByText(/^Der mangler 19 minutter, og det kan en kortere velkomst ikke tage igen\./),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Kortere velkomst/)).not.toBeInTheDocument();
    const second = screen.getByText(/Et møde mere: hold mødet to gange med cirka 3 deltagere/);
    expect(second).toHaveTextContent(/^Appens forslag, ikke værktøjets: Et møde mere/);
    expect(second).toHaveTextContent('Hvert møde bliver 12 minutter kortere.');
    expect(screen.getByText(/Vælg beslutning B/)).not.toHaveTextContent('Appens forslag');
    await userEvent.click(screen.getByRole('button', { name: /Gør det: Vælg beslutning B/ }));
    expect(screen.getByRole('radio', { name: /^B:/ })).toBeChecked();
    expect(
      screen.getByText('Dagsordenen kan nås inden for de 60 minutter, I har sat af.'),
    ).toBeInTheDocument();
  });

  it('offers a shorter welcome when that alone can close a small gap', async () => {
    renderPlanner('/moede/ny?runbook=tillid');
    await setField('Antal deltagere', '6');
    await setField('Tid sat af (minutter)', '76');
    expect(await screen.findByText(/Kortere velkomst: 2 minutter sparer 3 minutter\./)).toBeInTheDocument();
    expect(screen.queryByText(/^Der mangler/)).not.toBeInTheDocument();
  });

  it('needs at least two themes for the dialogmøde before it saves', async () => {
    renderPlanner('/moede/ny?runbook=dialogmoede&themes=tillid&team=t1');
    const save = await screen.findByRole('button', { name: 'Gem mødet' });
    await userEvent.click(save);
    expect(screen.getByText('Vælg mindst to temaer til dialogmødet.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Temaer på dialogmødet');
    expect(useWorkspace.getState().meetings).toHaveLength(0);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Fordybelse' }));
    expect(screen.queryByText('Vælg mindst to temaer til dialogmødet.')).not.toBeInTheDocument();
    await userEvent.click(save);
    expect(useWorkspace.getState().meetings).toEqual([
      expect.objectContaining({ runbookId: 'dialogmoede', themeIds: ['fordybelse', 'tillid'], groups: 2 }),
    ]);
  });

  it('prefills drejebog, themes and team from the query string, with a table per theme', async () => {
    renderPlanner('/moede/ny?runbook=dialogmoede&themes=tillid,fleksibilitet,fordybelse&team=t1');
    expect(await screen.findByLabelText('Drejebog')).toHaveValue('dialogmoede');
    expect(screen.getByLabelText('Afdeling eller team')).toHaveValue('t1');
    expect(screen.getByRole('checkbox', { name: 'Tillid' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Fleksibilitet' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Retfærdighed' })).not.toBeChecked();
    expect(screen.getByLabelText('Antal grupper (borde)')).toHaveValue('3');
    expect(screen.getByLabelText('Dato')).toHaveValue('2026-11-22');
    // 5 + 90 + 8·3 = 119 minutes.
    expect(within(totalRow()).getByText('119 minutter')).toBeInTheDocument();
  });

  it('keeps what was typed and says what is wrong', async () => {
    renderPlanner('/moede/ny?runbook=tillid&team=t1');
    await setField('Antal deltagere', '600');
    expect(screen.getByLabelText('Antal deltagere')).toHaveValue('600');
    expect(screen.getByLabelText('Antal deltagere')).toHaveAccessibleDescription(
      'Skriv et helt antal deltagere fra 1 til 500.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Gem mødet' }));
    expect(useWorkspace.getState().meetings).toHaveLength(0);
  });

  it('saves a valid plan with its step edits and opens it', async () => {
    const { history } = renderPlanner('/moede/ny?runbook=fordybelse&team=t1');
    await setField('Minutter til trin 1: Velkomst og målet med mødet', '10');
    expect(screen.getByText(/Rettet \(drejebogen: 5 min\.\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Gem mødet' }));
    const [meeting] = useWorkspace.getState().meetings;
    expect(meeting).toMatchObject({ runbookId: 'fordybelse', teamId: 't1', stepMinutes: { welcome: 10 } });
    expect(history.at(-1)).toBe(`/moede/${meeting?.id}`);
  });
});
