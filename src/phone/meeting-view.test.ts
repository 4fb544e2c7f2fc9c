import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoomBoard } from '@/live/phone-session';
import { loadToolkit } from '@/content/toolkit';
import { fakePhoneSession } from '../../tests/fake-phone-session';
import { HASH, liveStep, meetingBoard, stopOpBoard } from '../../tests/phone-boards';
import { mountPhonePage } from './phone-page';
import { PHONE_STRINGS } from './strings';

const fakeSession = () => fakePhoneSession({ kind: 'connected' });

let clock = 50_000;
let pages: { destroy(): void }[] = [];

async function mount(first?: RoomBoard, fake = fakeSession()) {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  const page = mountPhonePage(root, {
    initialLanguage: 'da',
    hash: HASH,
    connect: async () => fake.session,
    makeSecret: () => 'secret',
    now: () => clock,
  });
  page.start();
  pages.push(page);
  await Promise.resolve();
  await Promise.resolve();
  if (first) fake.board(first);
  return { fake, page };
}

afterEach(() => {
  for (const page of pages) page.destroy();
  pages = [];
  localStorage.clear();
  vi.useRealTimers();
  clock = 50_000;
});

describe('following the meeting', () => {
  it("shows the step, its place, the reflection questions, and the meeting's name as the heading", async () => {
    await mount(meetingBoard({ step: liveStep({ questions: ['Hvad fungerer?', 'Hvad savner du?'] }) }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tillid');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Individuel refleksion');
    expect(screen.getByText('Trin 2 af 6')).toBeInTheDocument();
    const questions = screen.getByRole('list');
    expect(
      within(questions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Hvad fungerer?', 'Hvad savner du?']);
  });

  it('shows the speaker in a speaker round, and that the meeting is over when it is', async () => {
    const { fake } = await mount(
      meetingBoard({
        step: liveStep({ activity: 'speakerRound', title: 'Runde', speaker: { index: 2, count: 12 } }),
      }),
    );
    expect(screen.getByText('Taler 3 af 12')).toBeInTheDocument();
    fake.board(meetingBoard({ seq: 2, finished: true }));
    expect(screen.getByRole('heading', { name: 'Mødet er slut' })).toBeInTheDocument();
    expect(screen.queryByText(/Taler/)).toBeNull();
  });

  it("counts down on the facilitator's clock, corrected by sentAt, and refreshes each second", async () => {
    vi.useFakeTimers();
    // The facilitator's clock is 50 s ahead of the phone's; the timer started 60 s before sentAt.
    clock = 50_000;
    const timer = { durationMs: 5 * 60_000, startedAt: 40_000, elapsedMs: 0 };
    const fake = fakeSession();
    const started = mount(undefined, fake);
    await vi.advanceTimersByTimeAsync(0);
    await started;
    fake.board(meetingBoard({ sentAt: 100_000, step: liveStep({ timer }) }));
    expect(screen.getByRole('timer')).toHaveTextContent('Tid tilbage: 4:00');
    clock += 1000;
    await vi.advanceTimersByTimeAsync(1000);
    expect(screen.getByRole('timer')).toHaveTextContent('Tid tilbage: 3:59');
    // One second left, then none: at nought the time is up.
    clock += 238_000;
    await vi.advanceTimersByTimeAsync(1000);
    expect(screen.getByRole('timer')).toHaveTextContent('Tid tilbage: 0:01');
    clock += 1000;
    await vi.advanceTimersByTimeAsync(1000);
    expect(screen.getByRole('timer')).toHaveTextContent('Tiden er gået');
    fake.board(
      meetingBoard({
        seq: 2,
        sentAt: 400_000,
        step: liveStep({ timer: { ...timer, startedAt: null, elapsedMs: 90_000 } }),
      }),
    );
    expect(screen.getByRole('timer')).toHaveTextContent('Tiden er sat på pause: 3:30 tilbage');
  });
});

describe('proposals from the phone', () => {
  it('sends a typed proposal with its theme and lists it as waiting, without the field while closed', async () => {
    const { fake } = await mount(meetingBoard());
    expect(screen.queryByRole('textbox')).toBeNull();
    fake.board(meetingBoard({ seq: 2, proposals: { open: true, themes: ['tillid'] } }));
    await userEvent.click(screen.getByRole('button', { name: 'Send forslag' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv et forslag, før du sender.');
    expect(fake.roomSent).toEqual([]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Dit forslag' }), '  Fælles kalender ');
    await userEvent.click(screen.getByRole('button', { name: 'Send forslag' }));
    expect(fake.roomSent).toHaveLength(1);
    expect(fake.roomSent[0]).toMatchObject({
      kind: 'meeting',
      meetingId: 'meeting-1',
      proposals: [{ text: 'Fælles kalender', themeId: 'tillid' }],
      dots: {},
    });
    expect(screen.getByRole('textbox', { name: 'Dit forslag' })).toHaveValue('');
    const mine = screen.getByRole('region', { name: 'Dine forslag' });
    expect(mine).toHaveTextContent('Fælles kalender');
    expect(mine).toHaveTextContent('Sendt – venter på tovholderen');
  });

  it("offers the themes when several are allowed, and uses the table's theme at a dialogmøde table", async () => {
    const tables = [
      { number: 1, themeId: 'tillid' as const },
      { number: 2, themeId: 'fordybelse' as const },
    ];
    const { fake } = await mount(
      meetingBoard({ proposals: { open: true, themes: ['fordybelse', 'tillid'] } }),
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Tema' }), 'Tillid');
    await userEvent.type(screen.getByRole('textbox', { name: 'Dit forslag' }), 'A');
    await userEvent.click(screen.getByRole('button', { name: 'Send forslag' }));
    expect(fake.roomSent.at(-1)).toMatchObject({ proposals: [{ text: 'A', themeId: 'tillid' }] });

    fake.board(meetingBoard({ seq: 2, tables, proposals: { open: true, themes: ['fordybelse', 'tillid'] } }));
    await userEvent.click(screen.getByRole('radio', { name: 'Bord 2: Fordybelse' }));
    expect(screen.getByText('Dit bord: 2 – Fordybelse')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Tema' })).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: 'Dit forslag' }), 'B');
    await userEvent.click(screen.getByRole('button', { name: 'Send forslag' }));
    expect(fake.roomSent.at(-1)).toMatchObject({
      proposals: [
        { text: 'A', themeId: 'tillid' },
        { text: 'B', themeId: 'fordybelse' },
      ],
    });
  });

  it("shows the picked table's theme and process while the tables work, and only that table's", async () => {
    const process = (question: string) => [
      { number: 2, title: 'Individuel refleksion', duration: '5 minutter', lines: [], questions: [question] },
      {
        number: 3,
        title: 'Fælles runde',
        duration: 'Max to minutter pr. deltager',
        lines: ['Hver deltager fremlægger sine refleksioner.'],
        questions: [],
      },
    ];
    const tables = [
      { number: 1, themeId: 'tillid' as const, process: process('Hvad tænker du om tillid?') },
      { number: 2, themeId: 'fordybelse' as const, process: process('Fordyber du dig bedst hjemme?') },
    ];
    const groupWork = liveStep({ id: 'groupWork', activity: 'groupWork', title: 'Gruppearbejde' });
    const { fake } = await mount(meetingBoard({ step: groupWork, tables }));
    expect(screen.queryByRole('region', { name: 'Processen ved jeres bord' })).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Bord 2: Fordybelse' }));
    const shown = screen.getByRole('region', { name: 'Processen ved jeres bord' });
    expect(shown).toHaveTextContent('2. Individuel refleksion · 5 minutter');
    expect(shown).toHaveTextContent('Fordyber du dig bedst hjemme?');
    expect(shown).toHaveTextContent('3. Fælles runde · Max to minutter pr. deltager');
    expect(shown).toHaveTextContent('Hver deltager fremlægger sine refleksioner.');
    expect(shown).not.toHaveTextContent('Hvad tænker du om tillid?');

    // After the group work the board carries no process, and the phone shows none.
    fake.board(
      meetingBoard({
        seq: 2,
        step: liveStep({ index: 2 }),
        tables: tables.map(({ process: _p, ...t }) => t),
      }),
    );
    expect(screen.queryByRole('region', { name: 'Processen ved jeres bord' })).toBeNull();
    expect(screen.getByText('Dit bord: 2 – Fordybelse')).toBeInTheDocument();
  });

  it('keeps a proposal being typed when a new board arrives', async () => {
    const { fake } = await mount(meetingBoard({ proposals: { open: true, themes: ['tillid'] } }));
    const field = screen.getByRole('textbox', { name: 'Dit forslag' });
    await userEvent.type(field, 'Halvt');
    fake.board(
      meetingBoard({
        seq: 2,
        step: liveStep({ index: 2, title: 'Forslag' }),
        proposals: { open: true, themes: ['tillid'] },
      }),
    );
    expect(screen.getByRole('textbox', { name: 'Dit forslag' })).toHaveValue('Halvt');
    expect(screen.getByText('Trin 3 af 6')).toBeInTheDocument();
  });
});

describe('dot voting', () => {
  const vote = {
    phase: 'open' as const,
    on: 'proposals' as const,
    dots: 3,
    maxPerItem: 2,
    items: [
      { id: 'a', text: 'Fælles kalender' },
      { id: 'b', text: 'Stille timer' },
    ],
  };

  it('gives dots up to the most per item and the budget, counts them aloud, and can take them back', async () => {
    const { fake } = await mount(meetingBoard({ vote }));
    const add = (name: string) => screen.getByRole('button', { name: `Giv en prik til »${name}«` });
    expect(screen.getByText('0 af 3 prikker brugt')).toBeInTheDocument();
    await userEvent.click(add('Fælles kalender'));
    expect(screen.getByText('1 prik på »Fælles kalender«')).toBeInTheDocument();
    await userEvent.click(add('Fælles kalender'));
    expect(screen.getByText('2 prikker på »Fælles kalender«')).toBeInTheDocument();
    // Two is the most on one item: the third is refused.
    expect(add('Fælles kalender')).toBeDisabled();
    await userEvent.click(add('Stille timer'));
    expect(screen.getByText('3 af 3 prikker brugt')).toBeInTheDocument();
    // All three are used.
    expect(add('Stille timer')).toBeDisabled();
    expect(fake.roomSent.at(-1)).toMatchObject({ dots: { a: 2, b: 1 } });
    await userEvent.click(screen.getByRole('button', { name: 'Tag en prik fra »Fælles kalender«' }));
    expect(screen.getByText('2 af 3 prikker brugt')).toBeInTheDocument();
    expect(add('Stille timer')).toBeEnabled();
    expect(fake.roomSent.at(-1)).toMatchObject({ dots: { a: 1, b: 1 } });
  });

  it('starts a new vote with no dots, and shows no vote once the board has none', async () => {
    const { fake } = await mount(meetingBoard({ vote }));
    await userEvent.click(screen.getByRole('button', { name: 'Giv en prik til »Stille timer«' }));
    expect(screen.getByText('1 af 3 prikker brugt')).toBeInTheDocument();
    fake.board(
      meetingBoard({
        seq: 2,
        vote: { ...vote, items: [{ id: 'g1', text: 'Gruppe: Kalender' }], on: 'groups' },
      }),
    );
    expect(screen.getByText('0 af 3 prikker brugt')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Giv en prik til »Gruppe: Kalender«' })).toBeEnabled();
    fake.board(meetingBoard({ seq: 3, vote: null }));
    expect(screen.queryByText(/prikker brugt/)).toBeNull();
  });

  it('keeps the dots through a reload and sends them again once, then shows the counts in order when closed', async () => {
    const first = await mount(meetingBoard({ vote }));
    await userEvent.click(screen.getByRole('button', { name: 'Giv en prik til »Stille timer«' }));
    first.page.destroy();
    const { fake } = await mount(meetingBoard({ vote }));
    expect(screen.getByText('1 af 3 prikker brugt')).toBeInTheDocument();
    expect(fake.roomSent).toEqual([
      { kind: 'meeting', meetingId: 'meeting-1', proposals: [], dots: { b: 1 } },
    ]);
    fake.board(meetingBoard({ seq: 2, vote: { ...vote, phase: 'closed', counts: { a: 4, b: 7 } } }));
    expect(screen.getByRole('heading', { name: 'Afstemningen er lukket' })).toBeInTheDocument();
    const rows = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(rows).toEqual(['Stille timer 7 prikker', 'Fælles kalender 4 prikker']);
    expect(screen.queryByRole('button', { name: /Giv en prik/ })).toBeNull();
  });
});

describe('stop op from the phone', () => {
  it("answers the toolkit's three questions and re-scores the theme, then changes the answer", async () => {
    const { fake } = await mount(stopOpBoard());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Stop op');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv mindst ét svar');
    expect(fake.roomSent).toEqual([]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Hvad har vi lært?' }), 'Det virker');
    await userEvent.type(screen.getByRole('textbox', { name: 'Hvad skal vi justere?' }), 'Færre møder');
    await userEvent.click(
      within(screen.getByRole('group', { name: /Tillid/ })).getByRole('radio', { name: /^4/ }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(fake.roomSent).toEqual([
      {
        kind: 'stopOp',
        experimentId: 'exp-1',
        week: 2,
        learned: 'Det virker',
        continueWith: '',
        adjust: 'Færre møder',
        score: 4,
      },
    ]);
    expect(screen.getByText('Tak for dine svar')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ret mine svar' }));
    const learned = screen.getByRole('textbox', { name: 'Hvad har vi lært?' });
    expect(learned).toHaveValue('Det virker');
    await userEvent.type(learned, '!');
    await userEvent.click(screen.getByRole('button', { name: 'Send de rettede svar' }));
    expect(fake.roomSent.at(-1)).toMatchObject({ learned: 'Det virker!', score: 4 });
    fake.board(stopOpBoard({ seq: 2, phase: 'closed' }));
    expect(screen.getByText('Tovholderen har lukket for svar.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ret mine svar' })).toBeNull();
  });

  it('asks no re-score when the experiment has no theme, and sends the answers alone', async () => {
    const { fake } = await mount(stopOpBoard({ themeId: null, week: 4 }));
    expect(screen.getByRole('heading', { name: 'Stop op efter uge 4' })).toBeInTheDocument();
    expect(screen.queryByRole('radio')).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: 'Hvad skal vi fortsætte med?' }), 'Kaffe');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(fake.roomSent).toEqual([
      {
        kind: 'stopOp',
        experimentId: 'exp-1',
        week: 4,
        learned: '',
        continueWith: 'Kaffe',
        adjust: '',
        score: null,
      },
    ]);
  });
});

describe("the stop op's questions on the phone", () => {
  it("are the toolkit's three, word for word, in Danish and in the app's English", async () => {
    for (const language of ['da', 'en'] as const) {
      const { room } = PHONE_STRINGS[language];
      const toolkit = await loadToolkit(language);
      expect([room.learned, room.continueWith, room.adjust]).toEqual(toolkit.sixWeeks.questions);
    }
    expect([
      PHONE_STRINGS.da.room.learned,
      PHONE_STRINGS.da.room.continueWith,
      PHONE_STRINGS.da.room.adjust,
    ]).toEqual(['Hvad har vi lært?', 'Hvad skal vi fortsætte med?', 'Hvad skal vi justere?']);
  });
});
